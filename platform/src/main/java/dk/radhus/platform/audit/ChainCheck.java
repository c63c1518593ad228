package dk.radhus.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of recomputing the audit chain: valid, or the first row whose hash no longer matches its content
 * ({@code CONTENT_CHANGED}) or whose link no longer matches the row before it ({@code LINK_BROKEN}: a row removed,
 * inserted or rehashed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, long rows, Long firstBrokenId, Problem problem) {

    public enum Problem {
        CONTENT_CHANGED, LINK_BROKEN
    }

    static ChainCheck of(long rows, Long firstChanged, Long firstUnlinked) {
        if (firstChanged == null && firstUnlinked == null) {
            return new ChainCheck(true, rows, null, null);
        }
        if (firstUnlinked == null || (firstChanged != null && firstChanged <= firstUnlinked)) {
            return new ChainCheck(false, rows, firstChanged, Problem.CONTENT_CHANGED);
        }
        return new ChainCheck(false, rows, firstUnlinked, Problem.LINK_BROKEN);
    }
}
