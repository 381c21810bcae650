package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import org.mplus.tck.spec.Vendor;

/**
 * GET /__tck/client.json: what the mock client is (vendor, the vendors it may run on, signed-in user, contacts, groups, the credentials of
 * fixture.json it signs with, under each vendor's code), read by the reference bridge on pages of any origin. The stub's static body is the demo fixture for stock WireMock; this makes
 * it follow imType switches and added accounts.
 */
final class ClientInfoTransformer extends KitTransformer {

    static final String NAME = "tck-client";


    ClientInfoTransformer(MockState state) {
        super(NAME, state);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return JsonResponse.of(200, clientInfo());
    }

    private ObjectNode clientInfo() {
        Fixture f = state.directory().snapshot();
        User me = state.directory().signedInUser();
        ObjectNode root = JsonResponse.MAPPER.createObjectNode().put("imType", state.imType());
        root.set("vendors", state.vendors().json());
        root.set("user", JsonResponse.MAPPER.valueToTree(me));
        root.set("contacts", JsonResponse.MAPPER.valueToTree(
                f.users().stream().filter(u -> !u.account().equals(me.account())).toList()));
        root.set("groups", JsonResponse.MAPPER.valueToTree(f.groups()));
        Fixture client = state.client(); // any page may read this: fixture.json's demo credentials, no added ones
        for (Vendor v : state.vendors().list()) {
            List<Credential> own = client.credentials(v.code());
            root.set(v.code(), own.isEmpty() ? null : JsonResponse.MAPPER.valueToTree(own.get(0)));
        }
        return root;
    }
}
