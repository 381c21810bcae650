package org.mplus.tck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mplus.tck.report.Assessment;
import org.mplus.tck.report.ShardMerge;
import org.mplus.tck.report.ShardMergeError;
import org.mplus.tck.report.TerminalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `merge-reports`: the reports of `run --shard 1/N` … `N/N` joined into those of one run, with its gate. */
@Command(name = "merge-reports", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merges the reports of every `run --shard K/N` of one run into the reports of that run.",
            "Exit code: as `run`'s would be: 0 conformant, 1 a MUST rule broken, 2 a harness error in a shard, "
                    + "or a shard missing, given twice or of another run."})
public final class MergeReportsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The report directory of each shard, in any order.")
    List<Path> dirs;

    @Option(names = "--report-dir", paramLabel = "OUT", defaultValue = "reports",
            description = "Where the merged reports go (default: ${DEFAULT-VALUE}/).")
    Path reportDir;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        Assessment merged;
        try {
            merged = ShardMerge.assess(dirs, LocalDate.now());
        } catch (ShardMergeError e) {
            return usage(e.getMessage());
        }
        Optional<String> unwritable = ReportDirectory.prepare(reportDir);
        if (unwritable.isPresent()) {
            return usage("cannot write the reports to " + reportDir + " (" + unwritable.get()
                    + "): give --report-dir a folder the kit may write");
        }
        out.println("mplus-tck " + KitVersion.current() + " · merged " + dirs.size() + " shards · bridge: "
                + merged.run().setup().bridgeLabel() + " · engine: " + merged.run().setup().engine());
        out.print(TerminalReport.render(merged));
        return RunCommand.finish(out, reportDir, merged);
    }

    private int usage(String why) {
        System.err.println("mplus-tck merge-reports: " + why);
        out.println("usage error: " + why);
        return Main.USAGE;
    }
}
