package org.semanticinpaint.ij;

import java.util.List;

import ij.ImagePlus;
import ij.process.ImageProcessor;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.ImageProblem;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.image.PlaneImages;

/**
 * Clear messages for ImageJ images that cannot be inpainted, before any work. What only ImageJ knows (no image,
 * a palette of an indexed-colour image) is checked here; the channels and the size are the engine's checks
 * ({@link ImageProblem}), said here in ImageJ's words: the image by its title and type, and the models that fit.
 */
public final class ImageChecks {

	private ImageChecks() {}

	public static void check(ImagePlus imp, ModelCard card) throws InpaintException {
		if (imp == null) throw new InpaintException("There is no image open.");
		// indexed colour (a GIF's palette): pixel values are palette entries, and a blend of entries is nonsense
		ImageProcessor ip = imp.getProcessor();
		if (imp.getBitDepth() == 8 && ip.isColorLut() && !ip.isPseudoColorLut())
			throw new InpaintException("'" + imp.getTitle() + "' is an indexed-colour image: its pixel values are " +
				"palette entries, not intensities. Convert it first (Image>Type>RGB Color, or 8-bit for grayscale).");
		try {
			ImageProblem.check(card, imp.getWidth(), imp.getHeight(), PlaneImages.channels(imp));
		}
		catch (ImageProblem p) {
			throw p.withMessage(message(imp, p));
		}
	}

	/** The engine's refusal of {@code imp}, in ImageJ's words. */
	static String message(ImagePlus imp, ImageProblem p) {
		String title = "'" + imp.getTitle() + "'";
		ImageProblem.Size s = p.image();
		return switch (p.reason()) {
			case CHANNELS -> {
				List<String> fit = ModelChoice.fitting(s.channels());
				yield title + " is " + (s.channels() == 1 ? "a " + PlaneImages.typeName(imp) + " grayscale image" :
					"an RGB image") + " but the model '" + p.model() + "' is for " + ImageProblem.kind(p.modelChannels()) +
					" images." + (fit.isEmpty() ? "" : " Models that fit: " + String.join(", ", fit) + ".");
			}
			case TOO_SMALL -> title + " is " + s.width() + " x " + s.height() + " pixels; inpainting needs at least " +
				ImageProblem.MIN_SIDE + " x " + ImageProblem.MIN_SIDE + ".";
		};
	}
}
