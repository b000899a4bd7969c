package org.semanticinpaint.ij.commands;

import org.scijava.command.ContextCommand;

/**
 * A SciJava command whose refusals and cancellation cancel it with the message as its reason (what a script
 * sees), never an exception.
 */
abstract class GuardedCommand extends ContextCommand {

	protected void guarded(Work work) {
		work.runOr(this::cancel, () -> cancel("Cancelled; nothing was changed."));
	}
}
