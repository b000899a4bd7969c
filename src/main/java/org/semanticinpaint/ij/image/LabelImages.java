package org.semanticinpaint.ij.image;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.process.ImageProcessor;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.HoleWindow;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.WindowProposal;

/** An (edited) label image as the engine's guidance, checked against the bundle's classes where it matters. */
public final class LabelImages {

	private LabelImages() {}

	/**
	 * Label values are read inside the proposal's windows only; a value that is no class of the bundle there is
	 * refused with the first place it occurs (rendering an undefined class would give an undefined fill).
	 */
	public static LabelSource guidance(ImageProcessor labels, Proposal proposal, ModelCard card, String title)
		throws InpaintException
	{
		if (labels.getWidth() != proposal.imageWidth() || labels.getHeight() != proposal.imageHeight())
			throw new InpaintException("The label image '" + title + "' is " + labels.getWidth() + " x " +
				labels.getHeight() + " pixels but the image is " + proposal.imageWidth() + " x " +
				proposal.imageHeight() + ".");
		LabelPalette palette = new LabelPalette(card);
		for (WindowProposal w : proposal.windows()) {
			HoleWindow win = w.window();
			for (int y = 0; y < win.height(); y++)
				for (int x = 0; x < win.width(); x++) {
					int v = (int) labels.getf(win.x0() + x, win.y0() + y);
					if (!palette.isClass(v)) throw new InpaintException("The label image '" + title + "' has the " +
						"value " + v + " at (" + (win.x0() + x) + ", " + (win.y0() + y) + "), which is no class of " +
						"the model '" + card.name + "' (" + describe(card) + ").");
				}
		}
		return (x, y) -> (int) labels.getf(x, y);
	}

	public static String describe(ModelCard card) {
		List<String> s = new ArrayList<>();
		for (ModelCard.LabelClass c : card.classes) s.add(c.id + " = " + c.name);
		return String.join(", ", s);
	}

	/** The plane of a label image that goes with plane {@code n} of the image: the same one, or its only one. */
	public static ImageProcessor plane(ImagePlus labels, int n) {
		return labels.getStackSize() > 1 ? labels.getStack().getProcessor(n) : labels.getProcessor();
	}
}
