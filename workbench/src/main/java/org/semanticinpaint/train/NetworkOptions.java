package org.semanticinpaint.train;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.semanticinpaint.bundle.ModelCard;

/**
 * A run's networks: a new bundle's tile and widths, and what a run may change in a resumed one.
 *
 * @param segmentWidth null: a new bundle's default (8) or the resumed bundle's; another width restarts it
 * @param decodeUpsampling null: "nearest" for a new bundle, the resumed bundle's otherwise
 * @param segmentFrom a bundle whose segmentation network to copy, or null
 */
public record NetworkOptions(int tile, NetworkOptions.Widths fresh, Integer segmentWidth, String decodeUpsampling,
	Path segmentFrom)
{
	/** Widths of a new bundle's networks (a resumed bundle keeps its own). */
	public record Widths(int inpaint, boolean espa, int decodeHidden, int discriminator) {}

	public NetworkOptions {
		if (decodeUpsampling != null && !ModelCard.Widths.DECODE_UPSAMPLINGS.contains(decodeUpsampling))
			throw new IllegalArgumentException("--decode-upsampling is one of " + ModelCard.Widths.DECODE_UPSAMPLINGS +
				", not " + decodeUpsampling);
	}

	/** From {@code --tile}, the widths, {@code --no-espa}, {@code --decode-upsampling}, {@code --segment-from}. */
	static NetworkOptions of(Map<String, String> a) {
		Widths fresh = new Widths(Integer.parseInt(a.getOrDefault("width", "16")),
			!Boolean.parseBoolean(a.getOrDefault("no-espa", "false")), Integer.parseInt(a.getOrDefault("hidden", "32")),
			Integer.parseInt(a.getOrDefault("disc-width", "32")));
		return new NetworkOptions(Integer.parseInt(a.getOrDefault("tile", "128")), fresh,
			a.containsKey("segment-width") ? Integer.valueOf(a.get("segment-width")) : null, a.get("decode-upsampling"),
			a.containsKey("segment-from") ? Paths.get(a.get("segment-from")) : null);
	}
}
