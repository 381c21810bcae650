package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/** A kit extension that stubs name in their "transformers" (never applied to every stub) and that reads the state. */
abstract class KitTransformer implements ResponseDefinitionTransformerV2 {

    protected final MockState state;
    private final String name;

    KitTransformer(String name, MockState state) {
        this.name = name;
        this.state = state;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }
}
