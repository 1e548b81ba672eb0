package org.ossvalue.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ossvalue} command: a top-level command whose subcommands do the work ({@code check},
 * {@code generate}; {@code statement} next).
 *
 * <p>Exit codes: 0 done and nothing rejected, 3 records were rejected, 2 usage error (bad path,
 * unknown option), 1 an unexpected failure.
 */
@Command(
    name = "ossvalue",
    mixinStandardHelpOptions = true,
    version = "ossvalue 0.1.0-SNAPSHOT",
    description = "Puts a money figure on what OSS do for the connections a telco sells.",
    subcommands = {CheckCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Everything went through and nothing was rejected. */
  public static final int OK = 0;

  /** An unexpected failure. */
  public static final int FAILURE = 1;

  /** A usage error: bad path, unknown option, missing argument. */
  public static final int USAGE = 2;

  /** The input was read, and some records were rejected. */
  public static final int REJECTED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is needed: check or generate");
  }

  /** Runs the command with these arguments, writing to these streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandName();
          String path = command.equals("ossvalue") ? "ossvalue" : "ossvalue " + command;
          err.println(path + ": " + ex.getMessage() + " (see '" + path + " --help')");
          err.flush();
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("ossvalue: " + ex);
          err.flush();
          return FAILURE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line entry point. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }
}
