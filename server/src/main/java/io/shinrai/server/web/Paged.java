package io.shinrai.server.web;

import java.util.List;

/**
 * One page of a list too long to show at once. Pages are numbered from 1; a page number past the end shows the
 * last page, so that a bookmarked link still shows something after the list has shrunk.
 */
public record Paged<T>(List<T> items, int page, int pages, int total, int firstNumber) {

    /** Systems on one page of the ledger or the gap list: enough to scan, few enough to render quickly. */
    public static final int SYSTEMS_PER_PAGE = 100;

    public static <T> Paged<T> of(List<T> all, int requestedPage, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(Math.max(requestedPage, 1), pages);
        int from = (page - 1) * size;
        return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, pages, all.size(), from + 1);
    }

    /** The position in the whole list of the last item shown. */
    public int lastNumber() {
        return firstNumber + items.size() - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
