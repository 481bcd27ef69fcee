// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of every engine command: it writes to the command line's out and err streams, so tests can capture
 * them, and a failure it can explain becomes one line on err and an exit code instead of a stack trace.
 */
abstract class BatonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Does the work and returns the exit code. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        } catch (CliException e) {
            err().println("baton: " + e.getMessage());
            return e.code();
        } catch (StoreException e) {
            err().println("baton: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            out().flush();
            err().flush();
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
