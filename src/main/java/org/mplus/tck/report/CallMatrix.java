package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.harness.Verdict.Standing;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ValueFormat;
import org.mplus.tck.spec.Vendor;

/** The call × vendor summary: for each cell, the worst verdict and how many scenarios had it. */
public final class CallMatrix {

    /** The verdict a group of scenarios shows when they disagree. */
    static Optional<Verdict> worst(Stream<Verdict> verdicts) {
        return verdicts.min(Verdict.WORST_FIRST);
    }

    /** One cell: the scenarios of one call (or format) on one vendor (or on none, for formats). */
    public record Cell(String subject, Optional<Vendor> vendor, List<ScenarioResult> scenarios) {

        public Optional<Verdict> verdict() {
            return worst(scenarios.stream().map(ScenarioResult::verdict));
        }

        /** "PASS 12", "FAIL 2/12", "SKIP 4", or "–" when no scenario ran here. */
        public String text() {
            return verdict().map(v -> {
                long worst = scenarios.stream().filter(s -> s.verdict() == v).count();
                return v.standing() == Standing.PASSED || v.standing() == Standing.NOT_RUN ? v.label() + " " + worst
                        : v.label() + " " + worst + "/" + scenarios.size();
            }).orElse("–");
        }
    }

    /** One row: a call with a cell per vendor, or a link format with a single cell. */
    public record Row(String subject, boolean isFormat, List<Cell> cells) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Vendor> vendors;

    public CallMatrix(Catalog catalog, List<ScenarioResult> results) {
        this.vendors = catalog.vendors();
        for (Call call : catalog.calls()) {
            List<Cell> cells = new ArrayList<>();
            for (Vendor v : vendors) {
                cells.add(new Cell(call.name(), Optional.of(v), results.stream()
                        .filter(r -> r.subject().equals(call.name()) && r.imType().equals(Optional.of(v.imType())))
                        .toList()));
            }
            rows.add(new Row(call.name(), false, cells));
        }
        // The formats' own scenarios run under mvn verify, not in a run against a bridge: a row only when they ran.
        for (ValueFormat f : catalog.formats()) {
            List<ScenarioResult> ran = results.stream().filter(r -> r.subject().equals(f.name())).toList();
            if (!ran.isEmpty()) {
                rows.add(new Row(f.name(), true, List.of(new Cell(f.name(), Optional.empty(), ran))));
            }
        }
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Vendor> vendors() {
        return vendors;
    }
}
