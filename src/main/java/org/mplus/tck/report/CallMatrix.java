package org.mplus.tck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplus.tck.harness.Verdict;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ValueFormat;
import org.mplus.tck.spec.Vendor;

/** The call × vendor summary: for each cell, the worst verdict and how many scenarios had it. */
public final class CallMatrix {

    /** Worst first: the verdict a cell shows when its scenarios disagree. */
    private static final List<Verdict> SEVERITY = List.of(Verdict.HARNESS_ERROR, Verdict.FAIL, Verdict.TIMEOUT,
            Verdict.WARN, Verdict.FLAKY, Verdict.PASS, Verdict.NOT_PLAYABLE, Verdict.SKIP);

    static Optional<Verdict> worst(Stream<Verdict> verdicts) {
        return verdicts.min(Comparator.comparingInt(SEVERITY::indexOf));
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
                return v == Verdict.PASS || v == Verdict.SKIP ? v.label() + " " + worst
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

    /** A plain-text table for the terminal. */
    public String text() {
        StringBuilder out = new StringBuilder();
        String header = String.format("%-18s", "call");
        for (Vendor v : vendors) {
            header += String.format(" | %-18s", v.name() + " (" + v.imType() + ")");
        }
        out.append(header).append('\n').append("-".repeat(header.length() + 4)).append('\n');
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-18s", row.isFormat() ? row.subject() + " (format)" : row.subject()));
            for (Cell cell : row.cells()) {
                line.append(String.format(" | %-18s", cell.text() + (row.isFormat() ? " (no vendor)" : "")));
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
