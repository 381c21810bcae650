package org.mplus.tck.mock;

/**
 * How a vendor refuses a bad JSON body: which of its errors answers each way a body can be wrong.
 *
 * @param maxBytes        the largest body accepted
 * @param tooLarge        the body is over maxBytes
 * @param wrongType       Content-Type is not application/json (charset, if given, utf-8)
 * @param notJson         not one well-formed JSON object in UTF-8
 * @param missingField    a required field is absent or null (message names it)
 * @param wrongFieldType  a field has the wrong JSON type (message names it)
 */
public record BodyRules(int maxBytes, VendorError tooLarge, VendorError wrongType, VendorError notJson,
        VendorError missingField, VendorError wrongFieldType) {

    /**
     * Both vendors' limit (model), and the most of any request body the mock reads: {@link BodyCap} stops there,
     * before WireMock keeps the body in memory.
     */
    public static final int VENDOR_MAX_BYTES = 64 * 1024;
}
