package org.semanticinpaint.eval.evaluation;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.DatasetReader;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.data.masks.FreeFormMasks;
import org.semanticinpaint.data.masks.ScratchMasks;
import org.semanticinpaint.data.masks.HoleAreaBins;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.Normalizer;
import org.semanticinpaint.eval.report.CsvWriter;
import org.semanticinpaint.eval.report.ImageGrid;
import org.semanticinpaint.eval.report.MarkdownTable;
import org.semanticinpaint.eval.report.ResultTable;
import org.semanticinpaint.eval.report.TileImages;
import org.semanticinpaint.util.CommandLineOptions;

/**
 * Evaluates a bundle on a labelled folder in the layout of the paper's Table III, with OpenCV Telea and
 * Navier-Stokes beside it: the 128 x 128 centre hole in 256 x 256 crops and seeded free-form masks binned by
 * hole area. Writes results.md, results.csv and figure.png; with --write-card also the bundle's model.json.
 * Options: {@link #USAGE} ({@code --help} prints it).
 */
public final class EvaluateCommand {

	static final int SIDE = 256;
	static final String CENTRE = "centre 128x128", FREE_FORM = "free-form, all", SCRATCHES = "scratches 3-12 px";
	/** Centre-hole cases the default number of crops per image aims at. */
	static final int TARGET_CASES = 40;
	/** Scratches run on the largest crop of at most this side that fits the image (a multiple of 32). */
	static final int MAX_SCRATCH_SIDE = 1024;
	/** Figures show at most this many pixels of a crop's side (around the hole), at full resolution. */
	static final int DETAIL = 384;

	/** The figures' columns, and per mask kind how many rows a figure shows and its file. */
	static final List<String> COLUMNS = List.of("input", "Telea", "content-aware fill", "proposed labels",
		"stage 2 (proposed)", "final (proposed)", "edited labels", "stage 2 (edited)", "final (edited)",
		"final (GT labels)", "ground truth");
	static final Map<String, Integer> FIGURE_ROWS = Map.of("centre", 6, "free-form", 4, "scratches", 3);
	static final Map<String, String> FIGURE_FILES = Map.of("centre", "figure.png", "free-form", "figure-freeform.png",
		"scratches", "figure-scratches.png");

	static final String USAGE = "EvaluateCommand --model models/em-nanoparticles [--noespa models/ablations/"
		+ "em-nanoparticles-noespa] [--dataset NAME (default: the model folder's name)] [--data DIR (default: "
		+ "../shared/data/NAME)] [--crops N (default: enough for 40 centre holes, at most 8 per image)] [--max-images 80]"
		+ " [--scratch-side PX] [--out docs/eval/MODEL] [--write-card] [--seed 7] [--split validation|training (training:"
		+ " to choose settings, such as a card's texture tuning, on images the reported numbers do not use)]";
	static final Set<String> OPTIONS = CommandLineOptions.names("model", "noespa", "dataset", "data", "crops",
		"max-images", "scratch-side", "out", "write-card", "seed", "split");

	private EvaluateCommand() {}

	public static void main(String[] args) throws Exception {
		Map<String, String> a = CommandLineOptions.parseOrExit(args, OPTIONS, USAGE).asMap();
		Path model = Paths.get(a.getOrDefault("model", "models/em-nanoparticles"));
		String dataset = a.getOrDefault("dataset", model.getFileName().toString());
		DatasetSpec spec = DatasetSpec.byName(dataset);
		Path data = Paths.get(a.getOrDefault("data", "../shared/data/" + dataset));
		Path out = Paths.get(a.getOrDefault("out", "docs/eval/" + model.getFileName()));
		int maxImages = Integer.parseInt(a.getOrDefault("max-images", "80"));
		int scratchSide = Integer.parseInt(a.getOrDefault("scratch-side", "-1"));
		long seed = Long.parseLong(a.getOrDefault("seed", "7"));
		Files.createDirectories(out);

		List<Sample> all = new ArrayList<>();
		for (Path f : DatasetReader.imageFiles(data)) all.add(DatasetReader.read(data, f, spec));
		String split = a.getOrDefault("split", "validation");
		if (!List.of("validation", "training").contains(split) || (split.equals("training") && a.containsKey("write-card")))
			throw new IllegalArgumentException("--split is validation or training, and a card records validation only");
		List<Sample> val = split.equals("training") ? Split.of(all, spec).train() : Split.of(all, spec).validation();
		val = val.subList(0, Math.min(maxImages, val.size()));
		int crops = a.containsKey("crops") ? Integer.parseInt(a.get("crops")) : cropsFor(val.size());
		List<EvaluationCase> cases = cases(val, crops, seed, scratchSide);
		System.out.printf(Locale.ROOT, "%d validation images, %d cases (centre + free-form per crop, scratches)%n", val.size(), cases.size());

		EngineSettings settings = EngineSettings.defaults();
		Map<String, Map<Setting, MetricSet>> bins = new LinkedHashMap<>();
		Map<String, ImageGrid> figures = new LinkedHashMap<>();
		try (InpaintEngine engine = InpaintEngine.open(model, settings);
			InpaintEngine noEspa = a.containsKey("noespa") ? InpaintEngine.open(Paths.get(a.get("noespa")), settings) : null)
		{
			ModelCard card = engine.card();
			CaseEvaluator evaluator = new CaseEvaluator(engine, noEspa, spec.editableClasses(), spec.boundaryWidth());
			int[] palette = palette(card);
			long t0 = System.nanoTime();
			for (int i = 0; i < cases.size(); i++) {
				EvaluationCase k = cases.get(i);
				double range = dataRange(k);
				CaseEvaluator.Outcome o = evaluator.evaluate(k, range);
				accumulate(bins, k, o);
				ImageGrid figure = figures.computeIfAbsent(k.maskKind(), x -> new ImageGrid(COLUMNS));
				if (figure.rowCount() < FIGURE_ROWS.get(k.maskKind())) figure.addRow(figureRow(k, o, range, palette));
				if ((i + 1) % 10 == 0 || i + 1 == cases.size()) {
					double el = (System.nanoTime() - t0) / 1e9;
					System.out.printf(Locale.ROOT, "  %d/%d cases, %.0f s, ETA %.0f s%n", i + 1, cases.size(), el,
						el / (i + 1) * (cases.size() - i - 1));
				}
			}
			ResultTable table = table(bins);
			String md = "Bundle `" + card.name + "` on " + val.size() + " " + split + " images of " + dataset + " (" +
				crops + (crops == 1 ? " crop" : " crops") + " of " + SIDE + "x" + SIDE + " px each, scratches on crops of " +
				scratchSides(cases) + " px; " + report(card, table, bins);
			Files.writeString(out.resolve("results.md"), md);
			CsvWriter.write(table, out.resolve("results.csv"));
			for (Map.Entry<String, ImageGrid> f : figures.entrySet())
				f.getValue().writePng(out.resolve(FIGURE_FILES.get(f.getKey())));
			System.out.println(md);
			if (a.containsKey("write-card")) writeCard(model, bins);
		}
		System.out.println("Wrote " + out.toAbsolutePath());
	}

	/** Adds a case's metrics to its hole-area bin and, for free-form masks, to the pooled free-form row too. */
	static void accumulate(Map<String, Map<Setting, MetricSet>> bins, EvaluationCase k, CaseEvaluator.Outcome o) {
		String bin = switch (k.maskKind()) {
			case "centre" -> CENTRE;
			case "scratches" -> SCRATCHES;
			default -> "free-form " + HoleAreaBins.label(Math.max(0, HoleAreaBins.bin(k.holeArea())));
		};
		String pooled = k.maskKind().equals("free-form") ? FREE_FORM : bin;
		for (Map.Entry<Setting, double[]> e : o.metrics().entrySet())
			for (String b : new java.util.LinkedHashSet<>(List.of(bin, pooled))) {
				MetricSet m = bins.computeIfAbsent(b, x -> new LinkedHashMap<>()).computeIfAbsent(e.getKey(),
					x -> new MetricSet());
				m.add(e.getValue(), o.labelCounts().get(e.getKey()));
				CaseEvaluator.Patches p = o.patches();
				if (p.fills().containsKey(e.getKey())) m.addPatches(p.fills().get(e.getKey()), p.truth());
			}
	}

	/** The measures' legend, the table and the per-class IoU table (after the case description). */
	static String report(ModelCard card, ResultTable table, Map<String, Map<Setting, MetricSet>> bins) {
		return "hole L1, LF L1 and seam in units of the data range; HF ratio: fine detail over the truth's (median), " +
			"also where the guidance asked for the true class; " +
			"SWD: patch statistics against the truth's, pooled; mIoU = controllability, per case and pooled over the " +
			"cases)\n\n" + MarkdownTable.render(table, 4) + "\nIoU per class inside the hole, pooled over the cases " +
			"(segmentation of the result against the guidance; n/a: the class appears in neither)\n\n" +
			MarkdownTable.render(classTable(card, bins), 4);
	}

	static ResultTable table(Map<String, Map<Setting, MetricSet>> bins) {
		ResultTable table = new ResultTable("masks: setting", MetricSet.NAMES);
		for (Map.Entry<String, Map<Setting, MetricSet>> b : bins.entrySet())
			for (Setting s : Setting.values()) {
				MetricSet m = b.getValue().get(s);
				if (m != null) table.addRow(b.getKey() + " (n=" + m.samples() + "): " + s.label, m.means());
			}
		return table;
	}

	static ResultTable classTable(ModelCard card, Map<String, Map<Setting, MetricSet>> bins) {
		ResultTable t = new ResultTable("masks: setting", card.classes.stream().map(c -> c.name).toList());
		for (Map.Entry<String, Map<Setting, MetricSet>> b : bins.entrySet())
			for (Setting s : Setting.values()) {
				MetricSet m = b.getValue().get(s);
				if (m == null || Double.isNaN(m.pooledMiou())) continue;
				double[] iou = new double[card.classes.size()];
				for (int k = 0; k < iou.length; k++) iou[k] = m.pooledIou(card.classes.get(k).id);
				t.addRow(b.getKey() + ": " + s.label, iou);
			}
		return t;
	}

	/**
	 * Crops per image when none are asked for: enough for about {@link #TARGET_CASES} centre-hole cases, because a
	 * split of five images (phase contrast) would otherwise decide a mean IoU on five holes; at most 8.
	 */
	static int cropsFor(int images) {
		return images <= 0 ? 1 : Math.min(8, Math.max(1, (TARGET_CASES + images - 1) / images));
	}

	/**
	 * Per image: {@code crops} seeded crop positions, each with the centre hole and one free-form mask; then
	 * scratches on one crop of {@code scratchSide} (-1: the largest that fits, up to {@link #MAX_SCRATCH_SIDE};
	 * 0: none).
	 */
	static List<EvaluationCase> cases(List<Sample> images, int crops, long seed, int scratchSide) {
		List<EvaluationCase> out = new ArrayList<>();
		for (Sample s : images) {
			Random r = new Random(seed * 31 + s.name().hashCode());
			if (s.width() < SIDE || s.height() < SIDE) continue;
			for (int k = 0; k < crops; k++) {
				int x0 = r.nextInt(s.width() - SIDE + 1), y0 = r.nextInt(s.height() - SIDE + 1);
				out.add(new EvaluationCase(s, x0, y0, SIDE, new CenterHoleMask(0.5).generate(SIDE, SIDE, r), "centre"));
				out.add(new EvaluationCase(s, x0, y0, SIDE, new FreeFormMasks().generate(SIDE, SIDE, r), "free-form"));
			}
			int n = scratchSide >= 0 ? scratchSide : Math.min(MAX_SCRATCH_SIDE, Math.min(s.width(), s.height()) / 32 * 32);
			if (n >= SIDE && s.width() >= n && s.height() >= n) out.add(new EvaluationCase(s, r.nextInt(s.width() - n + 1),
				r.nextInt(s.height() - n + 1), n, new ScratchMasks().generate(n, n, r), "scratches"));
		}
		return out;
	}

	static String scratchSides(List<EvaluationCase> cases) {
		return cases.stream().filter(k -> k.maskKind().equals("scratches")).map(k -> k.side() + "x" + k.side())
			.distinct().collect(java.util.stream.Collectors.joining(", "));
	}

	/** 255 for 8-bit data; for 16-bit the image's 0.5-99.5 percentile range (what the networks see as [-1, 1]). */
	static double dataRange(EvaluationCase k) {
		if (k.eightBit()) return 255;
		float[] px = k.sample().pixels();
		Normalizer n = Normalizer.percentiles(px, px.length, 0.5, 99.5);
		return n.high() - n.low();
	}

	static int[] palette(ModelCard card) {
		int[] p = new int[card.classCount()];
		for (int i = 0; i < p.length; i++) {
			int[] c = card.classes.get(i).color;
			p[i] = (c[0] << 16) | (c[1] << 8) | c[2];
		}
		return p;
	}

	static List<BufferedImage> figureRow(EvaluationCase k, CaseEvaluator.Outcome o, double range, int[] palette) {
		float[] truth = k.truth();
		double lo = Double.MAX_VALUE;
		for (float v : truth) lo = Math.min(lo, v);
		double hi = lo + range;
		if (k.eightBit()) { lo = 0; hi = 255; }
		int s = k.side(), c = k.sample().channels();
		List<BufferedImage> row = new ArrayList<>();
		double low = lo, high = hi;
		java.util.function.Function<Setting, BufferedImage> fill = x -> TileImages.fromPixels(o.fills().get(x), s, s, c,
			low, high);
		row.add(TileImages.withHole(TileImages.fromPixels(truth, s, s, c, lo, hi), k.hole(), 0xff0000));
		row.add(fill.apply(Setting.TELEA));
		row.add(fill.apply(Setting.CONTENT_AWARE));
		row.add(TileImages.fromLabels(o.guides().proposed(), s, s, palette));
		row.add(fill.apply(Setting.STAGE2_PREDICTED));
		row.add(fill.apply(Setting.FINAL_PREDICTED));
		row.add(TileImages.fromLabels(o.guides().edited(), s, s, palette));
		row.add(fill.apply(Setting.STAGE2_EDITED));
		row.add(fill.apply(Setting.FINAL_EDITED));
		row.add(fill.apply(Setting.FINAL_GROUND_TRUTH));
		row.add(TileImages.fromPixels(truth, s, s, c, lo, hi));
		if (s > DETAIL) { // a large scratch crop: the part around the hole's centre, at full resolution
			long sx = 0, sy = 0, n = 0;
			boolean[] hole = k.hole();
			for (int i = 0; i < hole.length; i++) if (hole[i]) { sx += i % s; sy += i / s; n++; }
			int x0 = (int) Math.max(0, Math.min(s - DETAIL, sx / Math.max(1, n) - DETAIL / 2));
			int y0 = (int) Math.max(0, Math.min(s - DETAIL, sy / Math.max(1, n) - DETAIL / 2));
			row.replaceAll(im -> im.getSubimage(x0, y0, DETAIL, DETAIL));
		}
		return row;
	}

	static void writeCard(Path model, Map<String, Map<Setting, MetricSet>> bins) throws Exception {
		Path file = model.resolve(ModelCard.FILE);
		ModelCard card = ModelCard.read(file);
		for (String bin : bins.keySet()) {
			if (!bin.equals(CENTRE) && !bin.equals(FREE_FORM) && !bin.equals(SCRATCHES)) continue;
			Map<Setting, MetricSet> m = bins.get(bin);
			if (m == null) continue;
			Map<String, Double> out = new LinkedHashMap<>();
			for (Map.Entry<Setting, MetricSet> e : m.entrySet())
				for (int i = 0; i < MetricSet.NAMES.size(); i++) {
					double v = e.getValue().mean(i);
					if (!Double.isNaN(v)) out.put(e.getKey().name().toLowerCase() + " " + MetricSet.NAMES.get(i),
						Math.round(v * 1e4) / 1e4);
				}
			card.metrics.put("validation " + bin, out);
		}
		card.write(file);
	}
}
