package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.HoleWindow;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.WindowProposal;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** Label images as guidance: 255 keeps the proposal; only whole class numbers are accepted. */
class LabelImagesTest {

	@Test
	void twoFiftyFiveIsTheProposedClassAtThatPixel() throws Exception {
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		ImagePlus imp = TestImages.micrograph8();
		int w = imp.getWidth(), h = imp.getHeight();
		Proposal p = PlaneImages.propose(engine, imp.getProcessor(), HoleMasks.fromSelection(new OvalRoi(20, 20, 60,
			200), w, h), Progress.NONE); // a long hole: overlapping windows
		byte[] painted = new byte[w * h];
		p.paintLabels(ArrayImgs.unsignedBytes(painted, w, h));
		ByteProcessor labels = new ByteProcessor(w, h);
		labels.setValue(LabelImages.PROPOSAL);
		labels.fill();
		labels.set(50, 50, 1);
		LabelSource g = LabelImages.guidance(labels, p, engine.card(), "labels");
		for (WindowProposal wp : p.windows()) {
			HoleWindow win = wp.window();
			for (int y = win.y0(); y < win.y0() + win.height(); y += 3)
				for (int x = win.x0(); x < win.x0() + win.width(); x += 3)
					if (x != 50 || y != 50) assertEquals(painted[y * w + x] & 0xff, g.classAt(x, y), x + "," + y);
		}
		assertEquals(1, g.classAt(50, 50), "a painted class is taken as it is");
	}

	@Test
	void fractionsNaNAndUnknownClassesAreRefusedWithThePlace() throws Exception {
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		ImagePlus imp = TestImages.micrograph8();
		Proposal p = PlaneImages.propose(engine, imp.getProcessor(), HoleMasks.fromSelection(new OvalRoi(100, 100, 30,
			30), imp.getWidth(), imp.getHeight()), Progress.NONE);
		for (float bad : new float[] { 1.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 7f, -1f }) {
			FloatProcessor labels = new FloatProcessor(imp.getWidth(), imp.getHeight());
			labels.set(1);
			labels.setf(110, 110, bad);
			InpaintException e = assertThrows(InpaintException.class, () -> LabelImages.guidance(labels, p,
				engine.card(), "labels"), String.valueOf(bad));
			assertTrue(e.getMessage().contains("(110, 110)") && e.getMessage().contains("255 = keep the proposal"),
				e.getMessage());
			assertTrue(e.getMessage().contains("the value " + (bad == (int) bad ? String.valueOf((int) bad) :
				String.valueOf(bad)) + " at"), e.getMessage());
		}
	}
}
