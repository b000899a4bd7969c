package org.semanticinpaint.ij.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.process.ImageConverter;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** Render refuses, with one message and without writing, a source that was closed or changed since Propose. */
class SourceImageTest {

	static InpaintEngine engine() throws Exception {
		return EngineCache.get(TestModel.gray());
	}

	static InpaintSession propose(ImagePlus imp) throws Exception {
		return InpaintSession.propose(engine(), imp, new Roi(100, 100, 30, 30), null, Progress.NONE);
	}

	static String refusal(InpaintSession s) {
		return assertThrows(InpaintException.class, () -> s.render(engine(), InpaintJob.Output.IN_PLACE,
			Texture.NONE, Progress.NONE)).getMessage();
	}

	@Test
	void resizedSourceIsRefusedAndUntouched() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = propose(imp);
		String was = imp.getWidth() + " x " + imp.getHeight();
		imp.setProcessor(imp.getProcessor().resize(200, 180));
		byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
		String m = refusal(s);
		assertTrue(m.contains("now 200 x 180 pixels but was " + was) && m.contains("Run Propose again"), m);
		assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels(), "nothing was written");
	}

	@Test
	void convertedSourceIsRefused() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = propose(imp);
		new ImageConverter(imp).convertToGray32();
		float[] before = ((float[]) imp.getProcessor().getPixels()).clone();
		String m = refusal(s);
		assertTrue(m.contains("is now 32-bit but was 8-bit at Propose"), m);
		assertArrayEquals(before, (float[]) imp.getProcessor().getPixels());
	}

	@Test
	void sourceWithOtherPlanesIsRefused() throws Exception {
		ImagePlus imp = TestImages.stack16(3);
		imp.setSlice(3);
		InpaintSession s = propose(imp);
		ImageStack st = imp.getStack();
		st.deleteSlice(1);
		imp.setStack(st);
		assertTrue(refusal(s).contains("now has 2 plane(s) but had 3"));
	}

	@Test
	void closedSourceIsRefused() throws Exception {
		boolean batch = Interpreter.batchMode;
		Interpreter.batchMode = true; // show() lists the image as a batch-mode macro's image, as headless macros do
		try {
			ImagePlus imp = TestImages.micrograph8();
			imp.show();
			InpaintSession s = propose(imp);
			imp.close();
			assertTrue(refusal(s).contains("has been closed"));
		}
		finally {
			Interpreter.batchMode = batch;
		}
	}

	@Test
	void unchangedSourceRenders() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = propose(imp);
		byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
		s.render(engine(), InpaintJob.Output.IN_PLACE, Texture.NONE, Progress.NONE);
		byte[] after = (byte[]) imp.getProcessor().getPixels();
		int changed = 0;
		for (int i = 0; i < after.length; i++) if (after[i] != before[i]) changed++;
		assertTrue(changed > 0, "the hole was filled");
	}
}
