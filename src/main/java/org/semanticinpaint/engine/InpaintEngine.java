package org.semanticinpaint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleLoader;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;

/**
 * The headless engine: {@link #propose} runs stage 1 and the segmentation in a window around every hole;
 * {@link #render} runs stage 2 on (edited) labels, reusing Propose's features, then gives the fill the image's own
 * texture ({@link TextureStage}). Works on ImgLib2 images of any
 * real type, X x Y or X x Y x C. Nothing outside the holes is ever written. Owns the loaded bundle: close it.
 */
public final class InpaintEngine implements AutoCloseable {

	private final ModelBundle bundle;
	private final TileModel model;
	private final EngineSettings settings;
	private final TextureStage textures;
	private final ExemplarSearch exemplars;

	public InpaintEngine(ModelBundle bundle, EngineSettings settings) {
		this.bundle = bundle;
		this.model = new TileModel(bundle);
		this.settings = settings.tunedFor(bundle.card());
		this.textures = new TextureStage(this.settings.texture());
		this.exemplars = new ExemplarSearch(model);
	}

	public static InpaintEngine open(Path bundleDir, EngineSettings settings) throws BundleException {
		return new InpaintEngine(BundleLoader.load(bundleDir, settings.threads(), settings.gpu()), settings);
	}

	public ModelCard card() {
		return bundle.card();
	}

	/** The bundle folder this engine was loaded from. */
	public Path bundleDir() {
		return bundle.dir();
	}

	public TileModel tileModel() {
		return model;
	}

	/**
	 * @param image X x Y or X x Y x C, C = the bundle's channels
	 * @param mask non-zero = missing; may cover only part of the image (its interval is all that is scanned)
	 * @throws ImageProblem for an image of the wrong channels or too small, before any work
	 */
	public <T extends RealType<T>, M extends RealType<M>> Proposal propose(RandomAccessibleInterval<T> image,
		RandomAccessibleInterval<M> mask, Progress progress) throws InpaintException
	{
		ImageAccess<T> img = new ImageAccess<>(image);
		ImageProblem.check(bundle.card(), img.width(), img.height(), img.channels());
		int tile = model.tile();
		List<HoleWindow> windows = HoleWindows.find(mask, img.width(), img.height(), tile, settings.contextFactor());
		Normalizer norm = normalizer(img, mask);
		List<WindowProposal> out = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			checkCanceled(progress);
			HoleWindow win = withNaNs(windows.get(i), img);
			out.add(proposeWindow(img, win, norm));
			progress.update(i + 1, windows.size(), "Propose: window " + (i + 1) + " of " + windows.size());
		}
		return new Proposal(img.width(), img.height(), img.channels(), tile, blendCoarse(out, img.channels()), img);
	}

	/** Stage 2 on the labels from {@code labels} (null = the proposed ones), with the image's own texture. */
	public Rendering render(Proposal proposal, LabelSource labels, Progress progress) {
		return render(proposal, labels, Texture.FROM_IMAGE, progress);
	}

	/** Stage 2 on the labels from {@code labels} (null = the proposed ones), then the texture stage if asked. */
	public Rendering render(Proposal proposal, LabelSource labels, Texture texture, Progress progress) {
		return render(proposal, labels, texture, seed(), progress);
	}

	/**
	 * As {@link #render(Proposal, LabelSource, Texture, Progress)}, with the texture stage's seed: the same
	 * image, hole, labels, bundle and seed give the same fill, bit for bit.
	 */
	public Rendering render(Proposal proposal, LabelSource labels, Texture texture, long seed, Progress progress) {
		int n = proposal.windows().size(), total = texture == Texture.NONE ? n : 2 * n;
		List<float[]> out = stage2(proposal, labels, new Steps(progress, 0, n, total));
		if (texture == Texture.FROM_IMAGE)
			out = textured(proposal, out, labels, seed, new Steps(progress, n, n, total));
		return rendering(proposal, out);
	}

	/** The texture stage's seed when a render names none (the settings'). */
	public long seed() {
		return settings.texture().seed();
	}

	/**
	 * The texture stage alone, on a stage 2 rendering of the same proposal and labels ({@link Texture#NONE}): what
	 * {@link #render} with {@link Texture#FROM_IMAGE} gives, without running stage 2 again.
	 */
	public Rendering texture(Proposal proposal, Rendering stage2, LabelSource labels, Progress progress) {
		List<float[]> values = stage2.windows().stream().map(Rendering.Filled::values).toList();
		int n = values.size();
		return rendering(proposal, textured(proposal, values, labels, seed(), new Steps(progress, 0, n, n)));
	}

	/** Progress over the windows, as one part of a larger count (stage 2, then the texture stage). */
	private record Steps(Progress progress, int before, int windows, int total) {
		void done(int i, String what) {
			progress.update(before + i + 1, total, what + ": window " + (i + 1) + " of " + windows);
		}
	}

	/** Stage 2 in every window, at window resolution, windows that share hole pixels cross-faded. */
	private List<float[]> stage2(Proposal proposal, LabelSource labels, Steps steps) {
		int tile = model.tile();
		List<float[]> out = new ArrayList<>();
		LabelSource[] perWindow = proposal.asProposed(labels);
		for (int i = 0; i < proposal.windows().size(); i++) {
			checkCanceled(steps.progress());
			WindowProposal p = proposal.windows().get(i);
			byte[] tileLabels = perWindow[i] == null ? p.tileLabels() : sample(perWindow[i], p.window(), tile);
			float[] fine = model.render(p.features(), p.tileCoarse(), tileLabels);
			out.add(toWindow(fine, p.window(), p.original(), p.normalizer(), proposal.channels()));
			steps.done(i, "Render");
		}
		return WindowBlend.blend(WindowProposal.windows(proposal.windows()), out, proposal.channels());
	}

	/** The texture stage in every window; shared hole pixels then come from the window they lie deepest in. */
	private List<float[]> textured(Proposal proposal, List<float[]> stage2, LabelSource labels, long seed,
		Steps steps)
	{
		int tile = model.tile();
		List<float[]> out = new ArrayList<>();
		LabelSource[] perWindow = proposal.asProposed(labels);
		for (int i = 0; i < stage2.size(); i++) {
			checkCanceled(steps.progress());
			WindowProposal p = proposal.windows().get(i);
			HoleWindow w = p.window();
			double scale = Math.max(w.width(), w.height()) / (double) tile;
			byte[] wanted = windowLabels(perWindow[i], p, tile);
			java.util.Set<Integer> missing = ExemplarSearch.missing(p, wanted);
			List<Exemplar> elsewhere = missing.isEmpty() ? List.of() : exemplars.find(proposal, i, missing, tile);
			out.add(textures.apply(p, stage2.get(i), wanted, elsewhere, scale, seed));
			steps.done(i, "Texture");
		}
		return WindowBlend.own(WindowProposal.windows(proposal.windows()), out, proposal.channels());
	}

	private static Rendering rendering(Proposal proposal, List<float[]> values) {
		List<Rendering.Filled> filled = new ArrayList<>();
		for (int i = 0; i < values.size(); i++)
			filled.add(new Rendering.Filled(proposal.windows().get(i).window(), values.get(i)));
		return new Rendering(filled);
	}

	/** The wanted class at every pixel of a window: the edited labels, or the proposed ones. */
	private static byte[] windowLabels(LabelSource labels, WindowProposal p, int tile) {
		if (labels == null) return p.windowLabels(tile);
		HoleWindow w = p.window();
		byte[] out = new byte[w.width() * w.height()];
		for (int y = 0; y < w.height(); y++)
			for (int x = 0; x < w.width(); x++) out[y * w.width() + x] = (byte) labels.classAt(w.x0() + x, w.y0() + y);
		return out;
	}

	/** Windows cut along one long hole agree on the coarse fill where they overlap. */
	private static List<WindowProposal> blendCoarse(List<WindowProposal> ps, int channels) {
		List<HoleWindow> wins = WindowProposal.windows(ps);
		List<float[]> coarse = WindowBlend.blend(wins, ps.stream().map(WindowProposal::coarse).toList(), channels);
		List<WindowProposal> out = new ArrayList<>();
		for (int i = 0; i < ps.size(); i++) {
			WindowProposal p = ps.get(i);
			out.add(p.coarse() == coarse.get(i) ? p : p.withCoarse(coarse.get(i)));
		}
		return out;
	}

	private <T extends RealType<T>> WindowProposal proposeWindow(ImageAccess<T> img, HoleWindow win, Normalizer norm) {
		int tile = model.tile(), c = img.channels(), w = win.width(), h = win.height();
		float[] original = img.read(win.x0(), win.y0(), w, h);
		float[] net = new float[original.length];
		for (int i = 0; i < w * h; i++)
			for (int k = 0; k < c; k++) net[i * c + k] = win.hole()[i] ? 0f : norm.toNet(original[i * c + k]);
		float[] holeF = new float[w * h];
		for (int i = 0; i < holeF.length; i++) holeF[i] = win.hole()[i] ? 1f : 0f;
		float[] tileImage = Resampler.resize(new Plane(net, w, h, c), tile, tile).values();
		float[] tileMask = Resampler.resize(new Plane(holeF, w, h, 1), tile, tile).values();
		// a tile pixel touched by the hole at all is missing (no hole value may leak into the context)
		for (int i = 0; i < tileMask.length; i++) tileMask[i] = tileMask[i] > 1e-4f ? 1f : 0f;
		TileModel.TileProposal tp = model.propose(tileImage, tileMask);
		return new WindowProposal(win, original, norm, tileMask, tp, toWindow(tp.coarse(), win, original, norm, c));
	}

	/** Tile output -> window resolution -> image intensities, with the seam correction at the border. */
	private float[] toWindow(float[] tileOut, HoleWindow win, float[] original, Normalizer norm, int c) {
		int tile = model.tile(), w = win.width(), h = win.height();
		float[] up = Resampler.resize(new Plane(tileOut, tile, tile, c), w, h).values();
		for (int i = 0; i < up.length; i++) up[i] = norm.fromNet(up[i]);
		double sigma = Math.max(1.5, settings.featherSigma() * Math.max(w, h) / (double) tile);
		SeamCorrection.apply(original, up, win.hole(), w, h, c, sigma);
		return up;
	}

	/**
	 * 0..255 for 8-bit data with a "range" bundle; otherwise the percentiles of the image's known pixels, as in
	 * training, from at most a million pixels on a grid so the cost does not grow with the image. Hole pixels are
	 * left out: a zeroed dead tile would otherwise drag the low percentile to 0 and darken every fill.
	 */
	private <M extends RealType<M>> Normalizer normalizer(ImageAccess<?> img, RandomAccessibleInterval<M> mask) {
		ModelCard.Normalization n = bundle.card().normalization;
		if ("range".equals(n.mode) && img.isEightBit()) return Normalizer.range8();
		float[] grid = img.knownGrid(1_000_000, mask);
		return Normalizer.percentiles(grid, grid.length, n.lowPercentile, n.highPercentile);
	}

	/** Below this share of known pixels a window has too little context for a fill worth the name. */
	static final double MIN_KNOWN = 0.1;

	/**
	 * NaN and infinite pixels inside a window are missing too (32-bit data marks dead pixels that way): the networks
	 * see them as hole and nothing copies them into a fill. They are not written, though: only the user's hole is
	 * ({@link HoleWindow#write}), so a NaN outside the selection stays NaN.
	 */
	private static HoleWindow withNaNs(HoleWindow win, ImageAccess<?> img) throws InpaintException {
		float[] px = img.read(win.x0(), win.y0(), win.width(), win.height());
		boolean[] hole = win.hole().clone();
		int c = img.channels(), known = 0, nonFinite = 0;
		for (int i = 0; i < hole.length; i++) {
			for (int k = 0; k < c && !hole[i]; k++)
				if (!Float.isFinite(px[i * c + k])) { hole[i] = true; nonFinite++; }
			if (!hole[i]) known++;
		}
		if (nonFinite == 0) return win;
		if (known < MIN_KNOWN * hole.length) throw new InpaintException("Only " + known + " of the " + hole.length +
			" pixels around the hole at (" + win.x0() + ", " + win.y0() + ") have a value; " + nonFinite + " are NaN " +
			"or infinite. That is too little context for a fill: fill or crop away the NaN pixels, or make the " +
			"selection smaller.");
		return new HoleWindow(win.x0(), win.y0(), win.width(), win.height(), hole, win.write());
	}

	private static byte[] sample(LabelSource labels, HoleWindow win, int tile) {
		byte[] out = new byte[tile * tile];
		for (int y = 0; y < tile; y++) {
			int wy = win.y0() + Math.min(win.height() - 1, (int) ((y + 0.5) * win.height() / tile));
			for (int x = 0; x < tile; x++) {
				int wx = win.x0() + Math.min(win.width() - 1, (int) ((x + 0.5) * win.width() / tile));
				out[y * tile + x] = (byte) labels.classAt(wx, wy);
			}
		}
		return out;
	}

	private static void checkCanceled(Progress p) {
		if (p.isCanceled()) throw new CancellationException("Inpainting was cancelled.");
	}

	@Override
	public void close() {
		bundle.close();
	}
}
