package org.mplus.tck.mock;

/** One row of a vendor model's error table. A message may hold FIELD, filled in with what was wrong. */
public interface VendorError {

    int httpStatus();

    String code();

    String message();

    default Refusal refusal() {
        return new Refusal(httpStatus(), code(), message());
    }

    default Refused refused() {
        return new Refused(refusal());
    }

    default Refused refused(String field) {
        return new Refused(new Refusal(httpStatus(), code(), message().replace("FIELD", field)));
    }
}
