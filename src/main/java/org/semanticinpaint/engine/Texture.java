package org.semanticinpaint.engine;

/** Whether Render gives the fill the image's own fine detail ({@link TextureStage}) or keeps stage 2's fill. */
public enum Texture {
	FROM_IMAGE("from image"), NONE("none");

	/** The macro value and dialog choice. */
	public final String label;

	Texture(String label) {
		this.label = label;
	}

	/** The command-line spelling: "from-image" or "none". */
	public String option() {
		return label.replace(' ', '-');
	}

	/**
	 * The setting for a macro value ("from image", "none") or its command-line spelling ("from-image"); exact
	 * values only, a misspelt one is refused rather than taken for the nearest.
	 */
	public static Texture parse(String value) {
		for (Texture t : values())
			if (t.label.equals(value) || t.option().equals(value)) return t;
		throw new IllegalArgumentException("texture must be 'from image' or 'none', not '" + value + "'");
	}
}
