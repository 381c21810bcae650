package org.mplus.tck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kit's command line: `java -jar mplus-tck.jar COMMAND …`. Exit codes: 0 ok, 1 a finding, 2 usage or harness error. */
@Command(
        name = "mplus-tck",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersion.class,
        description = "Conformance kit and vendor mock for the mplus bridge's IM chat interface (IM聊天接口).")
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDING = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("merge-reports", MergeReportsCommand::new);
        commands.put("check-link", CheckLinkCommand::new);
        commands.put("check-img-url", CheckImgUrlCommand::new);
        return commands;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every registered command's annotations up front, a tenth of serve's start: a command
        // line that names a command gets that one alone (help and mistakes still see them all)
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named == command) {
                cli.addSubcommand(name, command.get());
            }
        });
        // UTF-8 whatever the platform's default: the kit prints Chinese (spec quotes, vendor names, values).
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler(Main::badOptions);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(USAGE);
        return cli.execute(args);
    }

    /** What was wrong and the usage help on stderr, then the one line a CI log ends with: which kind of error, and why. */
    private static int badOptions(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println(e.getMessage());
        cli.usage(cli.getErr());
        cli.getErr().flush();
        cli.getOut().println("usage error: " + e.getMessage() + " (see " + cli.getCommandSpec().qualifiedName()
                + " --help)");
        cli.getOut().flush();
        return USAGE;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
