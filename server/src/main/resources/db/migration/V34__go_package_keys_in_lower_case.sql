-- Package keys of Go modules in lower case, as package URLs write them: advisories kept a module path's capitals
-- (github.com/DataDog/...), so those advisories never met the SBOM components of the same module. Findings they now
-- meet appear when the SBOM or a newer revision of the advisory is next imported.

delete from advisory_package
where package_key like 'pkg:golang/%' and package_key <> lower(package_key)
  and exists (select 1 from advisory_package other
              where other.advisory_id = advisory_package.advisory_id
                and other.package_key = lower(advisory_package.package_key));
update advisory_package set package_key = lower(package_key)
where package_key like 'pkg:golang/%' and package_key <> lower(package_key);
update sbom_component set package_key = lower(package_key)
where package_key like 'pkg:golang/%' and package_key <> lower(package_key);
