package org.semanticinpaint.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;


/**
 * Everything that can be wrong in a model.json, as readable sentences. Each check stands for a failure further on
 * that would otherwise end in a stack trace: percentiles index the sorted pixels, colours become java.awt.Colors.
 */
public final class CardValidator {

	private CardValidator() {}

	public static List<String> problems(ModelCard c) {
		List<String> p = new ArrayList<>();
		if (c.formatVersion < NetSignatures.OLDEST_FORMAT_VERSION || c.formatVersion > NetSignatures.FORMAT_VERSION)
			p.add("formatVersion is " + c.formatVersion + ", this plugin reads versions " +
				NetSignatures.OLDEST_FORMAT_VERSION + " to " + NetSignatures.FORMAT_VERSION);
		if (c.name == null || c.name.isBlank()) p.add("name is missing");
		if (!Shapes.isChannels(c.channels)) p.add("channels must be 1 or 3, not " + c.channels);
		if (!Shapes.isTile(c.tile)) p.add("tile must be a multiple of " + Shapes.TILE_MULTIPLE + ", not " + c.tile);
		normalization(c.normalization, p);
		if (c.widths == null || c.widths.inpaint < 2 || c.widths.segment < 1 || c.widths.decodeHidden < 1)
			p.add("widths are missing or not positive");
		else if (!ModelCard.Widths.DECODE_UPSAMPLINGS.contains(c.widths.decodeUpsampling))
			p.add("widths.decodeUpsampling must be 'nearest' or 'bilinear', not " + c.widths.decodeUpsampling);
		classes(c, p);
		texture(c.texture, p);
		if (c.ignoredClassIds == null) c.ignoredClassIds = new ArrayList<>();
		if (c.sha256 == null) c.sha256 = new TreeMap<>();
		return p;
	}

	private static void normalization(ModelCard.Normalization n, List<String> p) {
		if (n == null || !("range".equals(n.mode) || "percentile".equals(n.mode))) {
			p.add("normalization.mode must be 'range' or 'percentile'");
			return;
		}
		// written so that NaN fails too
		if ("percentile".equals(n.mode) && !(n.lowPercentile >= 0 && n.lowPercentile < n.highPercentile &&
			n.highPercentile <= 100)) p.add("normalization percentiles must satisfy 0 <= lowPercentile < " +
				"highPercentile <= 100, not " + n.lowPercentile + " and " + n.highPercentile);
	}

	/** Bounds that keep the synthesis meaningful and its cost what the benchmark measured. */
	private static void texture(ModelCard.Texture t, List<String> p) {
		if (t == null) return;
		// written so that NaN fails too
		if (t.guideWeight != null && !(t.guideWeight >= 0 && t.guideWeight <= 10))
			p.add("texture.guideWeight must be between 0 and 10, not " + t.guideWeight);
		if (t.guideSigma != null && !(t.guideSigma >= 0 && t.guideSigma <= 32))
			p.add("texture.guideSigma must be between 0 and 32 pixels, not " + t.guideSigma);
	}

	private static void classes(ModelCard c, List<String> p) {
		if (c.classes == null || c.classes.size() < 2) {
			p.add("at least 2 classes are needed");
			return;
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < c.classes.size(); i++) {
			ModelCard.LabelClass k = c.classes.get(i);
			if (k == null || k.id != i) { p.add("class ids must be 0.." + (c.classes.size() - 1) + " in order"); break; }
			if (k.name == null || k.name.isBlank() || !names.add(k.name)) p.add("class " + i + " needs a unique name");
			if (k.color == null || k.color.length != 3) p.add("class " + i + " needs an RGB colour");
			else if (Arrays.stream(k.color).anyMatch(v -> v < 0 || v > 255))
				p.add("class " + i + "'s colour " + Arrays.toString(k.color) + " has values outside 0-255");
		}
		if (c.classes.size() > 255) p.add("at most 255 classes fit an 8-bit label image");
	}
}
