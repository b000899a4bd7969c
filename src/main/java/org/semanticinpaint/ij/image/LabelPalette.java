package org.semanticinpaint.ij.image;

import java.awt.Color;
import java.util.List;

import ij.process.LUT;

import org.semanticinpaint.bundle.ModelCard;

/**
 * The bundle's classes as an ImageJ lookup table: label value = class id = LUT index, so the Pencil and the
 * Paintbrush (which write the LUT index nearest the foreground colour) write exactly the class chosen.
 * Indices that are no class are dark grey, unlike any class colour.
 */
public final class LabelPalette {

	private final List<ModelCard.LabelClass> classes;

	public LabelPalette(ModelCard card) {
		this.classes = card.classes;
	}

	public List<ModelCard.LabelClass> classes() {
		return classes;
	}

	public boolean isClass(int value) {
		for (ModelCard.LabelClass c : classes)
			if (c.id == value) return true;
		return false;
	}

	public Color color(ModelCard.LabelClass c) {
		return new Color(c.color[0], c.color[1], c.color[2]);
	}

	public LUT lut() {
		byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++) r[i] = g[i] = b[i] = 16;
		for (ModelCard.LabelClass c : classes) {
			r[c.id] = (byte) c.color[0];
			g[c.id] = (byte) c.color[1];
			b[c.id] = (byte) c.color[2];
		}
		return new LUT(r, g, b);
	}
}
