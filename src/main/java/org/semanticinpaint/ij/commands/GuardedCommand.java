package org.semanticinpaint.ij.commands;

import java.util.concurrent.CancellationException;

import org.scijava.command.ContextCommand;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.InpaintException;

/**
 * A SciJava command whose refusals and cancellation cancel it with the message as its reason (what a script
 * sees), never an exception.
 */
abstract class GuardedCommand extends ContextCommand {

	protected void guarded(Work work) {
		try {
			work.run();
		}
		catch (InpaintException | BundleException e) {
			cancel(e.getMessage());
		}
		catch (CancellationException e) {
			cancel("Cancelled; nothing was changed.");
		}
	}
}
