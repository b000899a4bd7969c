package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.Provenance;
import org.semanticinpaint.engine.Texture;

/** The record on an image, without a model: outlines per plane, exact; the Info appended; both saved in a TIFF. */
class InpaintedRecordTest {

	@TempDir
	Path tmp;

	@Test
	void outlinesPerPlaneAndInfoSurviveATiff() {
		ImageStack s = new ImageStack(64, 48);
		for (int i = 0; i < 3; i++) s.addSlice(new ByteProcessor(64, 48));
		ImagePlus imp = new ImagePlus("stack", s);
		imp.setProperty("Info", "Objective: 60x");
		imp.setOverlay(new Overlay(new Roi(1, 1, 5, 5)));
		ByteProcessor two = new ByteProcessor(64, 48), one = new ByteProcessor(64, 48);
		two.setValue(255);
		two.fill(new OvalRoi(3, 4, 13, 9));
		two.fill(new Roi(40, 30, 1, 7)); // a one-pixel-wide region
		one.setValue(255);
		one.fill(new OvalRoi(20, 10, 30, 30));
		Provenance p = new Provenance(new Provenance.Software("1.0", "test-1ch", "ab", null), new Provenance.Sources(
			"selection", Provenance.Labels.EDITED, null), new Provenance.Texturing(Texture.NONE, 3),
			List.of(FillMaps.plane(1, two), FillMaps.plane(3, one)), "2026-01-02T03:04:05Z");
		InpaintedRecord.write(imp, p, Map.of(1, two, 3, one), false);
		assertEquals(2, p.planes().get(0).regions());

		Path f = tmp.resolve("r.tif");
		new FileSaver(imp).saveAsTiffStack(f.toString());
		ImagePlus back = IJ.openImage(f.toString());
		List<Roi> rois = RecordChecks.outlines(back);
		assertEquals(2, rois.size());
		assertEquals(1, rois.get(0).getPosition());
		assertEquals(3, rois.get(1).getPosition());
		assertEquals(3, back.getOverlay().size(), "the image's own overlay is kept");
		assertTrue(back.getInfoProperty().startsWith("Objective: 60x\n" + Provenance.BEGIN), back.getInfoProperty());
		RecordChecks.assertInfoSays(back, "Inpainting labels: edited by hand", "Inpainting texture: off, seed 3",
			"Inpainted plane 1: " + p.planes().get(0).filledPixels() + " pixels in 2 region(s)",
			"Inpainted plane 3: ", "Inpainting date: 2026-01-02T03:04:05Z",
			"Inpainting model: test-1ch, checksum SHA-256:ab");
		back.setSlice(1);
		RecordChecks.assertOutlinesExactly(onePlane(back, rois.get(0)), two);
		RecordChecks.assertOutlinesExactly(onePlane(back, rois.get(1)), one);
	}

	/** An image whose overlay is just {@code roi}, for the exactness check of one plane. */
	private static ImagePlus onePlane(ImagePlus imp, Roi roi) {
		ImagePlus one = new ImagePlus("one", imp.getStack().getProcessor(1));
		one.setOverlay(new Overlay(roi));
		return one;
	}
}
