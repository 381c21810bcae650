package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET /__tck/conversations/{vendor}/{account}: the messages between the signed-in user and a user or group. */
final class ConversationTransformer extends KitTransformer {

    static final String NAME = "tck-conversations";
    private static final Pattern PATH = Pattern.compile("^/__tck/conversations/([^/]+)/([^/]+)$");


    ConversationTransformer(MockState state) {
        super(NAME, state);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Matcher m = PATH.matcher(VendorModel.pathOf(serveEvent.getRequest()));
        if (!m.matches()) {
            return JsonResponse.error(404, "use /__tck/conversations/{vendor code}/{account}");
        }
        String vendor = m.group(1);
        try {
            state.vendors().checkCode(vendor);
        } catch (IllegalArgumentException e) {
            return JsonResponse.error(404, e.getMessage());
        }
        String account;
        try {
            account = URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return JsonResponse.error(400, "the account is not percent-encoded properly");
        }
        ObjectNode root = JsonResponse.MAPPER.createObjectNode().put("vendor", vendor).put("account", account);
        root.set("messages", JsonResponse.MAPPER.valueToTree(state.conversation(vendor, account)));
        return JsonResponse.of(200, root);
    }
}
