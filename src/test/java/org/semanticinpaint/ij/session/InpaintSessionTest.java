package org.semanticinpaint.ij.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.OvalRoi;
import ij.process.ImageProcessor;
import ij.process.LUT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.CancelledProgress;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** Propose once, edit the label layer, Render again and again: the interactive path without windows. */
class InpaintSessionTest {

	static Path bundle;

	@BeforeAll
	static void model() throws Exception {
		bundle = TestModel.gray();
	}

	static InpaintEngine engine() throws Exception {
		return EngineCache.get(bundle);
	}

	@Test
	void proposeGivesAnEditableLabelLayerOverTheCoarseResult() throws Exception {
		ImagePlus imp = TestImages.micrograph16();
		OvalRoi hole = new OvalRoi(90, 70, 50, 40);
		InpaintSession s = InpaintSession.propose(engine(), imp, hole, null, Progress.NONE);
		ImagePlus labels = s.layer().image();
		assertEquals(8, labels.getBitDepth());
		assertEquals(imp.getWidth(), labels.getWidth());
		assertEquals(imp.getCalibration().pixelWidth, labels.getCalibration().pixelWidth);
		LUT lut = labels.getProcessor().getLut();
		for (ModelCard.LabelClass c : s.card().classes) {
			assertEquals(c.color[0], lut.getRed(c.id), "class colour in the LUT");
			assertEquals(c.color[2], lut.getBlue(c.id));
		}
		ImageProcessor ip = labels.getProcessor();
		assertTrue(ip.get(115, 90) < s.card().classes.size(), "inside the hole: a class id");
		assertEquals(LabelLayer.NONE, ip.get(0, imp.getHeight() - 1), "far from every window: no class");
		ImageRoi coarse = (ImageRoi) labels.getOverlay().get(0);
		assertEquals(0.5, coarse.getOpacity(), 1e-6, "labels at 50 % over the coarse result");
		s.layer().setVisible(false);
		assertEquals(1.0, ((ImageRoi) labels.getOverlay().get(0)).getOpacity(), 1e-6, "hidden: coarse result only");
		s.layer().setVisible(true);
		s.layer().setOpacity(0.8);
		assertEquals(0.2, ((ImageRoi) labels.getOverlay().get(0)).getOpacity(), 1e-6);
		assertEquals(3, labels.getOverlay().size(), "the context outside the windows and the hole's outline");
	}

	@Test
	void editingTheLabelsChangesTheRenderAndLeavesTheOriginalAlone() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] original = ((byte[]) imp.getProcessor().getPixels()).clone();
		OvalRoi hole = new OvalRoi(80, 80, 60, 60);
		InpaintSession s = InpaintSession.propose(engine(), imp, hole, null, Progress.NONE);
		ImagePlus first = s.render(engine(), InpaintJob.Output.NEW_IMAGE, Texture.FROM_IMAGE, Progress.NONE);
		// the person paints class 2 into the hole with the brush (here: Fill of an oval)
		ImageProcessor lab = s.layer().image().getProcessor();
		lab.setValue(2);
		lab.fill(new OvalRoi(90, 90, 40, 40));
		// no timing assertion (flaky on a shared machine): render reuses Propose's features by construction, it
		// runs only the decoder on the Proposal's tensors (InpaintEngine.render)
		ImagePlus second = s.render(engine(), InpaintJob.Output.NEW_IMAGE, Texture.FROM_IMAGE, Progress.NONE);
		assertNotEquals(Arrays.hashCode((byte[]) first.getProcessor().getPixels()),
			Arrays.hashCode((byte[]) second.getProcessor().getPixels()));
		assertArrayEquals(original, (byte[]) imp.getProcessor().getPixels(), "new images leave the original alone");
		ImagePlus inPlace = s.render(engine(), InpaintJob.Output.IN_PLACE, Texture.FROM_IMAGE, Progress.NONE);
		assertSame(imp, inPlace);
		imp.getProcessor().reset();
		assertArrayEquals(original, (byte[]) imp.getProcessor().getPixels(), "Edit>Undo restores it");
	}

	@Test
	void aLabelThatIsNoClassIsRefused() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = InpaintSession.propose(engine(), imp, new OvalRoi(80, 80, 60, 60), null, Progress.NONE);
		ImageProcessor lab = s.layer().image().getProcessor();
		lab.setValue(9);
		lab.fill(new OvalRoi(100, 100, 10, 10));
		InpaintException e = assertThrows(InpaintException.class,
			() -> s.render(engine(), InpaintJob.Output.NEW_IMAGE, Texture.FROM_IMAGE, Progress.NONE));
		assertTrue(e.getMessage().contains("value 9"), e.getMessage());
	}

	/** The interactive path too: a label layer turned 32-bit holds fractions or NaN only to be refused. */
	@Test
	void aLabelLayerConvertedTo32BitMustHoldWholeClasses() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		InpaintSession s = InpaintSession.propose(engine(), imp, new OvalRoi(80, 80, 60, 60), null, Progress.NONE);
		ImagePlus labels = s.layer().image();
		for (float bad : new float[] { 1.5f, Float.NaN, Float.POSITIVE_INFINITY }) {
			ij.process.FloatProcessor f = (ij.process.FloatProcessor) labels.getProcessor().convertToFloat();
			f.setf(110, 110, bad);
			labels.setProcessor(f);
			InpaintException e = assertThrows(InpaintException.class,
				() -> s.render(engine(), InpaintJob.Output.NEW_IMAGE, Texture.NONE, Progress.NONE));
			assertTrue(e.getMessage().contains("the value " + bad + " at (110, 110)"), e.getMessage());
		}
	}

	@Test
	void cancellingProposeChangesNothing() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		byte[] original = ((byte[]) imp.getProcessor().getPixels()).clone();
		Progress cancel = new CancelledProgress();
		assertThrows(java.util.concurrent.CancellationException.class,
			() -> InpaintSession.propose(engine(), imp, new OvalRoi(80, 80, 60, 60), null, cancel));
		assertArrayEquals(original, (byte[]) imp.getProcessor().getPixels());
	}
}
