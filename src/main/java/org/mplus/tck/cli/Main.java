package org.mplus.tck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kit's command line: `java -jar mplus-tck.jar COMMAND …`. Exit codes: 0 ok, 1 a finding, 2 usage or harness error. */
@Command(
        name = "mplus-tck",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersion.class,
        description = "Conformance kit and vendor mock for the mplus bridge's IM chat interface (IM聊天接口).",
        subcommands = {RunCommand.class, ServeCommand.class, CheckLinkCommand.class, CheckImgUrlCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDING = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
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
