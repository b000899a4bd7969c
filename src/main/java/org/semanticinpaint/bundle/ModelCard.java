package org.semanticinpaint.bundle;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;


/**
 * {@code model.json}: what a bundle is, what it expects, how it was trained and how well it does. Plain fields so
 * that Gson maps the file one to one; {@link CardValidator} checks the values.
 */
public final class ModelCard {

	public static final String FILE = "model.json";

	/** One semantic class: its label value, its name and its display colour. */
	public static final class LabelClass {
		public int id;
		public String name;
		public int[] color;

		public LabelClass() {}

		public LabelClass(int id, String name, int r, int g, int b) {
			this.id = id;
			this.name = name;
			this.color = new int[] { r, g, b };
		}
	}

	/** How window intensities map to the networks' [-1, 1]. */
	public static final class Normalization {
		/** "range": 8-bit 0..255 -> [-1, 1]; "percentile": the image's [low, high] percentiles -> [-1, 1]. */
		public String mode = "percentile";
		public double lowPercentile = 0.5;
		public double highPercentile = 99.5;
	}

	/** Network widths, enough to rebuild every graph. */
	public static final class Widths {
		public int inpaint = 32;
		public boolean espa = true;
		public int segment = 16;
		public int decodeHidden = 128;
		public int discriminator = 64;
		/** How stage 2 upsamples its features: "nearest" (SPADE's, and every card written before this field) or "bilinear". */
		public String decodeUpsampling = "nearest";
		public static final List<String> DECODE_UPSAMPLINGS = List.of("nearest", "bilinear");
	}

	/**
	 * How this bundle's modality wants the texture stage tuned, where it differs from the engine's defaults: each
	 * field left out (null) keeps the default. Chosen on the bundle's validation split and recorded with it.
	 */
	public static final class Texture {
		/** Weight of stage 2's fill in the patch distance. */
		public Double guideWeight;
		/** Blur of stage 2's fill before it is compared, in pixels: the scale below which detail is the image's. */
		public Double guideSigma;
		/** Why these values (what was measured). */
		public String reason;
	}

	/** Where the weights came from. */
	public static final class Training {
		public String data = "";
		public String licence = "";
		public String split = "";
		public Map<String, Integer> steps = new LinkedHashMap<>();
		public long seed;
		public String perceptualLoss = "";
		public String notes = "";
	}

	public int formatVersion = NetSignatures.FORMAT_VERSION;
	public String name = "";
	public String description = "";
	/** Licence of the weights: that of their training data (full text in the bundle's LICENSE file). */
	public String licence = "";
	public String modality = "";
	public int channels = 1;
	public int tile = 256;
	public Normalization normalization = new Normalization();
	public List<LabelClass> classes = new ArrayList<>();
	public List<Integer> ignoredClassIds = new ArrayList<>();
	public Widths widths = new Widths();
	/** Null: the texture stage's defaults. */
	public Texture texture;
	public Training training = new Training();
	/** Held-out metrics by setting name, then metric name. */
	public Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
	/**
	 * Hex SHA-256 of every file of the three networks, by path relative to the bundle ("inpaint/saved_model.pb"):
	 * written by the workbench's exporter, checked by {@link BundleLoader} (see {@link BundleHashes}). Last in the
	 * file, so the card still reads from the top.
	 */
	public Map<String, String> sha256 = new TreeMap<>();

	public int classCount() {
		return classes.size();
	}

	/** The tensor shapes this card implies (its tile, channels, classes and stage 1 width). */
	public Shapes shapes() {
		return Shapes.of(this);
	}


	private static Gson gson() {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
	}

	public static ModelCard read(Path file) throws IOException {
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			ModelCard c = gson().fromJson(r, ModelCard.class);
			if (c == null) throw new IOException("empty file");
			return c;
		}
		catch (JsonParseException e) {
			throw new IOException("not valid JSON: " + e.getMessage(), e);
		}
	}

	public void write(Path file) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			gson().toJson(this, w);
		}
	}
}
