package org.semanticinpaint.ij.commands;

import java.util.concurrent.CancellationException;

import org.scijava.command.ContextCommand;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.EngineCache;

/**
 * A SciJava command whose work runs on the shared engine; a refusal or a cancellation cancels the command with
 * the message as its reason (what a script sees), never an exception.
 */
abstract class GuardedCommand extends ContextCommand {

	interface Work {
		void run() throws InpaintException, BundleException;
	}

	protected void guarded(Work work) {
		try {
			synchronized (EngineCache.class) {
				work.run();
			}
		}
		catch (InpaintException | BundleException e) {
			cancel(e.getMessage());
		}
		catch (CancellationException e) {
			cancel("Cancelled; nothing was changed.");
		}
	}
}
