package org.mplus.tck.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;

/**
 * The vendors a mock serves: the catalog's vendor list, each with the {@link VendorPlugin} of its code. Everything
 * the mock says or checks about vendors (which imTypes, which codes, whose credentials) is read from here.
 */
public final class MockVendors {

    private static volatile MockVendors shipped;

    private final List<Vendor> vendors;
    private final Map<String, VendorPlugin> plugins;

    private MockVendors(List<Vendor> vendors, Map<String, VendorPlugin> plugins) {
        this.vendors = List.copyOf(vendors);
        this.plugins = Collections.unmodifiableMap(plugins);
    }

    /** The shipped catalog's vendors. */
    public static MockVendors shipped() {
        MockVendors v = shipped;
        if (v == null) {
            v = of(Catalog.shippedVendors());
            shipped = v;
        }
        return v;
    }

    /**
     * The given catalog vendors, each with its plug-in.
     *
     * @throws IllegalArgumentException when a vendor has no plug-in on the classpath
     */
    public static MockVendors of(List<Vendor> vendors) {
        Map<String, VendorPlugin> found = new HashMap<>();
        ServiceLoader.load(VendorPlugin.class, MockVendors.class.getClassLoader())
                .forEach(p -> found.putIfAbsent(p.code(), p));
        Map<String, VendorPlugin> plugins = new LinkedHashMap<>();
        for (Vendor v : vendors) {
            VendorPlugin plugin = found.get(v.code());
            if (plugin == null) {
                throw new IllegalArgumentException("the catalog lists vendor " + v.label() + " (code " + v.code()
                        + ") but no plug-in implements it: list a class implementing " + VendorPlugin.class.getName()
                        + " in META-INF/services/" + VendorPlugin.class.getName());
            }
            plugins.put(v.code(), plugin);
        }
        return new MockVendors(vendors, plugins);
    }

    public List<Vendor> list() {
        return vendors;
    }

    public Optional<Vendor> byImType(int imType) {
        return vendors.stream().filter(v -> v.imType() == imType).findFirst();
    }

    public boolean hasCode(String code) {
        return plugins.containsKey(code);
    }

    public VendorPlugin plugin(Vendor vendor) {
        return plugins.get(vendor.code());
    }

    /** Each vendor's credentials part of fixture.json, by vendor code, in the catalog's order. */
    public Map<String, CredentialsPart> credentials() {
        Map<String, CredentialsPart> parts = new LinkedHashMap<>();
        plugins.forEach((code, p) -> parts.put(code, p.credentials()));
        return parts;
    }

    /** Each vendor's wire model over {@code directory}, in the catalog's order. */
    List<VendorModel> models(AccountDirectory directory) {
        List<VendorModel> models = new ArrayList<>();
        vendors.forEach(v -> models.add(plugin(v).model(v, directory)));
        return models;
    }

    /** The vendors as the mock client and the admin API list them: [{imType, code, name, english}]. */
    ArrayNode json() {
        ArrayNode list = JsonResponse.MAPPER.createArrayNode();
        vendors.forEach(v -> list.addObject().put("imType", v.imType()).put("code", v.code()).put("name", v.name())
                .put("english", v.english()));
        return list;
    }

    /** @throws IllegalArgumentException saying which imTypes there are, for one that is none of them */
    public int checkImType(int imType) {
        if (byImType(imType).isEmpty()) {
            throw new IllegalArgumentException("imType must be " + imTypes() + ", not " + imType);
        }
        return imType;
    }

    /** @throws IllegalArgumentException saying which codes there are, for one that is none of them */
    public String checkCode(String code) {
        if (!hasCode(code)) {
            throw new IllegalArgumentException("no vendor " + code + ": use " + String.join(", ", plugins.keySet()));
        }
        return code;
    }

    /** "0 (先维IM) or 1 (容联云)". */
    public String imTypes() {
        List<String> each = vendors.stream().map(v -> v.imType() + " (" + v.name() + ")").toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }
}
