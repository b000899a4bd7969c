package org.semanticinpaint.engine;

import org.semanticinpaint.bundle.ModelCard;

/**
 * An image the engine cannot take, checked once here for every caller ({@link #check}): why, with the numbers, so
 * that a user interface can say it in its own words ({@link #withMessage}). The message is the engine's own.
 */
public final class ImageProblem extends InpaintException {

	private static final long serialVersionUID = 1L;

	/** Images must be at least this large on both sides (smaller would mean enlarging more than 4x). */
	public static final int MIN_SIDE = 32;

	public enum Reason {
		/** The image's channels are not the model's (grayscale for an RGB model, or the other way round). */
		CHANNELS,
		/** A side is under {@link #MIN_SIDE}. */
		TOO_SMALL
	}

	/** What the engine was given: width and height in pixels, channels (1 = grayscale, 3 = RGB). */
	public record Size(int width, int height, int channels) {}

	private final Reason reason;
	private final Size image;
	private final String model;
	private final int modelChannels;

	private ImageProblem(String message, Reason reason, Size image, String model, int modelChannels) {
		super(message);
		this.reason = reason;
		this.image = image;
		this.model = model;
		this.modelChannels = modelChannels;
	}

	/** Refuses an image of this size that the card's networks cannot take. */
	public static void check(ModelCard card, int width, int height, int channels) throws ImageProblem {
		Size s = new Size(width, height, channels);
		if (channels != card.channels) throw new ImageProblem("The image has " + channels + " channel(s) but the " +
			"model '" + card.name + "' expects " + card.channels + " (" + kind(card.channels) + "). Choose a " +
			kind(channels) + " model.", Reason.CHANNELS, s, card.name, card.channels);
		if (width < MIN_SIDE || height < MIN_SIDE) throw new ImageProblem("The image is " + width + " x " + height +
			" pixels; at least " + MIN_SIDE + " x " + MIN_SIDE + " are needed.", Reason.TOO_SMALL, s, card.name,
			card.channels);
	}

	/** "grayscale" for one channel, "RGB" for three. */
	public static String kind(int channels) {
		return channels == 1 ? "grayscale" : "RGB";
	}

	/** The same problem, said in a user interface's words. */
	public ImageProblem withMessage(String message) {
		return new ImageProblem(message, reason, image, model, modelChannels);
	}

	public Reason reason() {
		return reason;
	}

	/** The refused image's size and channels. */
	public Size image() {
		return image;
	}

	/** The model's name, from its card. */
	public String model() {
		return model;
	}

	/** The channels the model takes. */
	public int modelChannels() {
		return modelChannels;
	}
}
