package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.http.Request;

/** One vendor's wire contract: which requests it accepts and how its answers look. */
public interface VendorModel {

    /** Its name, transformer name and success code. */
    VendorProfile profile();

    /**
     * Every URL path of the vendor's API, as a regular expression: the mock hands any request to such a path that no
     * stub of its root takes to this model (so a plug-in's vendor needs no stub file).
     */
    String paths();

    /** What the request asks for, judged from method and path alone (for the request log). */
    Endpoint endpointOf(Request request);

    /**
     * The vendor's answer to a request of its own that is not valid HTTP (a URL it cannot decode, a control
     * character in a header): the error for a request it cannot route.
     */
    Refusal unroutable();

    /** Checks the request end to end; throws {@link Refused} with the vendor's error on the first flaw. */
    Accepted accept(Request request);

    /** The vendor-style JSON body of an error answer. */
    String refusalBody(Refusal refusal);

    /** The error a VENDOR_ERROR fault answers: its own code and message where given, else the vendor's. */
    Refusal faultRefusal(Fault fault);

    /** The vendor's answer to a request that broke the mock itself (a bug, never bad input). */
    Refusal internalError(RuntimeException e);

    /** The request's URL path, without the query. */
    static String pathOf(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
