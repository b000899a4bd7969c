package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;

/** Headless, a result becomes the current image even when another macro has just cleared the batch-mode flag. */
class ResultImagesTest {

	@Test
	void aResultIsNotLostWhenTheBatchModeFlagWasCleared() {
		assertTrue(GraphicsEnvironment.isHeadless(), "the unit tests run headless");
		boolean batch = Interpreter.batchMode;
		Interpreter.batchMode = false; // what a second macro's end does to this one
		ImagePlus imp = new ImagePlus("result", new ByteProcessor(40, 40));
		try {
			ResultImages.show(imp); // ImagePlus.show() would try to open a window here: HeadlessException
			assertSame(imp, WindowManager.getCurrentImage());
		}
		finally {
			Interpreter.removeBatchModeImage(imp);
			WindowManager.setTempCurrentImage(null);
			Interpreter.batchMode = batch;
		}
	}
}
