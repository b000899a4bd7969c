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

	/** In a label image: "keep the proposal here" (the value the label layer also uses outside its windows). */
	public static final int PROPOSAL = 255;

	/**
	 * Label values are read inside the proposal's windows only; a value that is no class of the bundle there, or
	 * no whole number (a fraction, NaN or an infinity), is refused with the first place it occurs (rendering an undefined class would give an
	 * undefined fill, and casting 1.5 or NaN to a class would pick one silently). {@value #PROPOSAL} means the
	 * proposed class at that pixel, so a label image may guide only part of a hole.
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
				for (int x = 0; x < win.width(); x++) check(labels, win.x0() + x, win.y0() + y, palette, card, title);
		}
		ProposedLabels proposed = new ProposedLabels(proposal);
		return (x, y) -> {
			int v = (int) labels.getf(x, y);
			return v == PROPOSAL ? proposed.classAt(x, y) : v;
		};
	}

	private static void check(ImageProcessor labels, int x, int y, LabelPalette palette, ModelCard card, String title)
		throws InpaintException
	{
		float f = labels.getf(x, y);
		if (f == PROPOSAL) return;
		boolean whole = Float.isFinite(f) && f == Math.rint(f); // false for NaN, +-Inf and fractions
		if (!whole || !palette.isClass((int) f)) throw new InpaintException("The label image '" + title + "' has " +
			"the value " + (whole ? String.valueOf((int) f) : String.valueOf(f)) + " at (" + x + ", " + y + "), " +
			"which is no class of the model '" + card.name + "' (" + describe(card) + "; " + PROPOSAL +
			" = keep the proposal).");
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
