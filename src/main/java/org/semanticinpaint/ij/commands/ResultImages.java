package org.semanticinpaint.ij.commands;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;

/**
 * Shows a result the way a headless macro expects: as the current batch-mode image. {@code ImagePlus.show()}
 * decides by ImageJ's global batch-mode flag, which a second macro finishing at the same time clears; headless,
 * show() would then try to open a window, fail, and the result would be lost.
 */
final class ResultImages {

	private ResultImages() {}

	static void show(ImagePlus imp) {
		if (!GraphicsEnvironment.isHeadless()) {
			imp.show();
			return;
		}
		WindowManager.setTempCurrentImage(imp);
		Interpreter.addBatchModeImage(imp);
	}
}
