package org.semanticinpaint.ij.commands;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.InpaintException;

/** A command's work, which may be refused with a message (bad input, a broken bundle) or cancelled. */
@FunctionalInterface
interface Work {

	void run() throws InpaintException, BundleException;

	/** Runs the work; a refusal goes to {@code refused} with its message, a cancellation to {@code cancelled}. */
	default void runOr(Consumer<String> refused, Runnable cancelled) {
		try {
			run();
		}
		catch (InpaintException | BundleException e) {
			refused.accept(e.getMessage());
		}
		catch (CancellationException e) {
			cancelled.run();
		}
	}
}
