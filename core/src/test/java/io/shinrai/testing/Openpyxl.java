package io.shinrai.testing;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Python's openpyxl, the third-party tool that writes workbooks for the tests that read what others wrote. */
public final class Openpyxl {

    private Openpyxl() {
    }

    /** The Debian package installs openpyxl for /usr/bin/python3, which may not be the python3 first on the path. */
    public static Optional<String> python() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import openpyxl").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // no interpreter under this name; try the next
            }
        }
        return Optional.empty();
    }
}
