package org.semanticinpaint.ij.commands;

import ij.gui.GenericDialog;

import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Texture;

/**
 * The Texture choice of the Inpaint and Render dialogs and its macro key: {@code texture=[from image]} (the
 * default: fine detail from the image's own known pixels) or {@code texture=none} (stage 2's fill as it is).
 */
final class TextureField {

	static final String KEY = "texture";
	private static final String[] CHOICES = { Texture.FROM_IMAGE.label, Texture.NONE.label };

	private TextureField() {}

	static void add(GenericDialog gd) {
		gd.addChoice("Texture", CHOICES, CHOICES[0]);
	}

	static String read(MacroArgs a) {
		return a.get(KEY, CHOICES[0]);
	}

	/** {@link Texture#parse}, with its refusal as the message ImageJ shows. */
	static Texture parse(String value) throws InpaintException {
		try {
			return Texture.parse(value);
		}
		catch (IllegalArgumentException e) {
			throw new InpaintException(e.getMessage() + ".");
		}
	}
}
