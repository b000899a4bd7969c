package org.semanticinpaint.ij.commands;

import ij.IJ;

/** Errors in ImageJ's own style: one dialog (or log line when headless), never a stack trace. */
final class Messages {

	static final String TITLE = "Semantic Inpainting";

	private Messages() {}

	static void error(String message) {
		IJ.error(TITLE, message);
		IJ.showStatus("");
		IJ.showProgress(1.0);
	}

	static void cancelled() {
		IJ.showStatus("Semantic Inpainting cancelled; nothing was changed.");
		IJ.showProgress(1.0);
		IJ.resetEscape();
	}
}
