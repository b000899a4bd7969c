package org.semanticinpaint.ij.commands;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;

/** Errors in ImageJ's own style: one dialog (or log line when headless), never a stack trace. */
final class Messages {

	static final String TITLE = "Semantic Inpainting";
	/** The one help address, the pom's project URL. */
	static final String HELP = "https://github.com/semanticinpaint/Semantic_Inpainting#readme";

	private Messages() {}

	/** Like IJ.error: a dialog, and a running macro stops. Headless there is no dialog: the Log gets the message. */
	static void error(String message) {
		IJ.showStatus("");
		IJ.showProgress(1.0);
		if (!GraphicsEnvironment.isHeadless()) {
			IJ.error(TITLE, message);
			return;
		}
		IJ.log(TITLE + ": " + message);
		if (Interpreter.getInstance() != null) Interpreter.abort(); // stop the macro, as IJ.error would
	}

	/** The current image, or null after saying that there is none. */
	static ImagePlus currentImage() {
		ImagePlus imp = WindowManager.getCurrentImage();
		if (imp == null) error("There is no image open.");
		return imp;
	}

	/** Runs a menu command's work; a refusal becomes one message, a cancellation a status line. */
	static void reporting(Work work) {
		work.runOr(Messages::error, Messages::cancelled);
	}

	private static void cancelled() {
		IJ.showStatus("Semantic Inpainting cancelled; nothing was changed.");
		IJ.showProgress(1.0);
		IJ.resetEscape();
	}
}
