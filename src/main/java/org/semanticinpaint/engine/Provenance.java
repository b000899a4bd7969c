package org.semanticinpaint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.semanticinpaint.bundle.BundleHashes;
import org.semanticinpaint.bundle.ModelCard;

/**
 * What was inpainted in an image, and how: the record every result carries (journals ask that any change to a
 * micrograph be disclosed). With the hole, the labels and the seed it names, a rerun reproduces the fill bit for
 * bit. Plain values; the ImageJ side writes it into the image's Info and outlines the filled pixels.
 *
 * @param software the plugin and the model bundle that made the fill
 * @param sources where the hole and the labels came from
 * @param texture the texture stage as it ran
 * @param planes the planes that were filled, in order
 * @param date when, ISO-8601 in UTC, to the second
 */
public record Provenance(Software software, Sources sources, Texturing texture, List<Plane> planes, String date)
{
	/** Where the labels that guided the fill came from. */
	public enum Labels {
		PROPOSED("proposed (not edited)"), EDITED("edited by hand"), FILE("from the label image");

		public final String text;

		Labels(String text) {
			this.text = text;
		}
	}

	/**
	 * The software that made the fill: this plugin's version and the model bundle, by name and by checksum.
	 *
	 * @param bundleChecksum {@link BundleHashes#digest} of the bundle's files, or null when its card lists none
	 * @param textureTuning the card's tuning of the texture stage, as text, or null when it keeps the defaults
	 */
	public record Software(String pluginVersion, String bundle, String bundleChecksum, String textureTuning) {

		/** This plugin's version, with the bundle of {@code card}. */
		public static Software of(ModelCard card) {
			return new Software(currentVersion(), card.name, BundleHashes.digest(card.sha256), tuning(card.texture));
		}

		private static String tuning(ModelCard.Texture t) {
			if (t == null || (t.guideWeight == null && t.guideSigma == null)) return null;
			List<String> parts = new ArrayList<>();
			if (t.guideWeight != null) parts.add("guide weight " + t.guideWeight);
			if (t.guideSigma != null) parts.add("guide blur " + t.guideSigma + " px");
			return String.join(", ", parts);
		}
	}

	/**
	 * Where the hole and the labels that guided the fill came from.
	 *
	 * @param hole where the hole came from ("selection", "mask image 'm.tif'", "pixels equal to 0")
	 * @param labelFile the label image's name when {@code labels} is {@link Labels#FILE}, else null
	 */
	public record Sources(String hole, Labels labels, String labelFile) {}

	/** The texture stage as it ran: on or off, and its seed. */
	public record Texturing(Texture texture, long seed) {}

	/** @param plane 1-based stack index */
	public record Plane(int plane, long filledPixels, int regions) {}

	/** The lines that open and close the record in an image's Info; what lies between them is the record. */
	public static final String BEGIN = "--- Semantic Inpainting: inpainted (synthetic) pixels ---",
		END = "--- end of Semantic Inpainting ---";

	/** The name of the overlay selections that outline the filled pixels. */
	public static final String ROI_NAME = "inpainted";

	/** A record dated now, for the engine's bundle. */
	public static Provenance of(ModelCard card, Sources sources, Texturing texture, List<Plane> planes) {
		return new Provenance(Software.of(card), sources, texture, List.copyOf(planes),
			Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
	}

	public long filledPixels() {
		return planes.stream().mapToLong(Plane::filledPixels).sum();
	}

	/** The record as Info lines, from {@link #BEGIN} to {@link #END}. */
	public String text() {
		List<String> l = new ArrayList<>();
		l.add(BEGIN);
		l.add("Inpainted pixels: " + filledPixels() + ", outlined by the overlay selections named '" + ROI_NAME +
			"'. They are synthetic: do not measure them.");
		l.add("Inpainting plugin: Semantic Inpainting " + software.pluginVersion());
		l.add("Inpainting date: " + date);
		l.add("Inpainting model: " + software.bundle() + (software.bundleChecksum() == null ?
			" (its card lists no file checksums)" : ", checksum SHA-256:" + software.bundleChecksum()));
		l.add("Inpainting hole: " + sources.hole());
		l.add("Inpainting labels: " + sources.labels().text + (sources.labelFile() == null ? "" : " '" +
			sources.labelFile() + "'"));
		l.add("Inpainting texture: " + (texture.texture() == Texture.FROM_IMAGE ? "on (from image)" : "off") +
			", seed " + texture.seed() + (software.textureTuning() == null || texture.texture() == Texture.NONE ? "" :
				", as the model's card tunes it (" + software.textureTuning() + ")"));
		for (Plane p : planes)
			l.add("Inpainted plane " + p.plane() + ": " + p.filledPixels() + " pixels in " + p.regions() +
				" region(s)");
		l.add(END);
		return String.join("\n", l) + "\n";
	}

	/** This plugin's version, from the build; "unknown" when run from classes built without Maven. */
	public static String currentVersion() {
		try (InputStream in = Provenance.class.getResourceAsStream("/org/semanticinpaint/version.properties")) {
			if (in == null) return "unknown";
			Properties p = new Properties();
			p.load(in);
			String v = p.getProperty("version", "unknown");
			return v.startsWith("${") ? "unknown" : v;
		}
		catch (IOException e) {
			return "unknown";
		}
	}
}
