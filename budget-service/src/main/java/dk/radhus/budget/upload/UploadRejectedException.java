package dk.radhus.budget.upload;

import java.util.List;

/** An upload with bad lines: nothing was stored; every bad line is listed. */
public class UploadRejectedException extends RuntimeException {

    private final transient List<AccountLineError> errors;

    public UploadRejectedException(List<AccountLineError> errors) {
        super("Upload rejected with " + errors.size() + " bad line(s)");
        this.errors = List.copyOf(errors);
    }

    public List<AccountLineError> errors() {
        return errors;
    }
}
