package org.semanticinpaint.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.TestBundles;
import org.semanticinpaint.engine.ImageProblem;
import org.semanticinpaint.engine.InpaintException;

/** The engine's image checks, said in ImageJ's words: by title and type. */
class ImageChecksTest {

	private final ModelCard gray = TestBundles.card(1, 3, 64);

	@Test
	void noImage() {
		InpaintException e = assertThrows(InpaintException.class, () -> ImageChecks.check(null, gray));
		assertEquals("There is no image open.", e.getMessage());
	}

	@Test
	void anRgbImageForAGrayscaleModel() {
		ImagePlus imp = new ImagePlus("colour.png", new ColorProcessor(64, 64));
		ImageProblem p = assertThrows(ImageProblem.class, () -> ImageChecks.check(imp, gray));
		assertEquals(ImageProblem.Reason.CHANNELS, p.reason());
		assertTrue(p.getMessage().startsWith("'colour.png' is an RGB image but the model '" + gray.name +
			"' is for grayscale images."), p.getMessage());
	}

	@Test
	void aGrayscaleImageForAnRgbModel() {
		ImagePlus imp = new ImagePlus("cells.tif", new ShortProcessor(64, 64));
		ImageProblem p = assertThrows(ImageProblem.class, () -> ImageChecks.check(imp, TestBundles.card(3, 3, 64)));
		assertTrue(p.getMessage().startsWith("'cells.tif' is a 16-bit grayscale image but the model"), p.getMessage());
		assertTrue(p.getMessage().contains("is for RGB images."), p.getMessage());
	}

	@Test
	void aTooSmallImage() {
		ImagePlus imp = new ImagePlus("thumb", new ByteProcessor(20, 100));
		ImageProblem p = assertThrows(ImageProblem.class, () -> ImageChecks.check(imp, gray));
		assertEquals(ImageProblem.Reason.TOO_SMALL, p.reason());
		assertEquals("'thumb' is 20 x 100 pixels; inpainting needs at least 32 x 32.", p.getMessage());
	}

	@Test
	void aFittingImagePasses() throws Exception {
		ImageChecks.check(new ImagePlus("fine", new ByteProcessor(32, 32)), gray);
	}
}
