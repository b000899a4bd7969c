package org.semanticinpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.SourceTree.SourceFile;

/**
 * The arrows between packages, checked on the source text (docs/architecture.md). The plugin (bundle, engine,
 * ij, cli) must run in Fiji without the research workbench (train, eval, data), and the engine must run headless
 * without ImageJ; these rules keep that true as the code grows. A failure names the file and the name it uses.
 */
class PackageRulesTest {

	private static final String P = "org.semanticinpaint";
	private static final String BUNDLE = P + ".bundle", ENGINE = P + ".engine", TEXTURE = ENGINE + ".texture",
		NETS = P + ".nets", IJ = P + ".ij", CLI = P + ".cli", TRAIN = P + ".train", EVAL = P + ".eval",
		DATA = P + ".data";
	/** ImageJ itself: 1.x ({@code ij.*}) and ImageJ2 ({@code net.imagej.*}). */
	private static final List<String> IMAGEJ = List.of("ij", "net.imagej");
	private static final List<String> WORKBENCH = List.of(TRAIN, EVAL, DATA);
	private static final List<String> PLUGIN = List.of(BUNDLE, ENGINE, IJ, CLI);
	/** The ImageJ UI packages: dialogs, the palette window and the entry's messages live here. */
	private static final List<String> UI = List.of(IJ + ".gui", IJ + ".commands", IJ + ".entry");

	/**
	 * Headless-safe java.awt names: values and drawing into images, which work without a screen (labels carry a
	 * Color, holes a Rectangle, reports draw into a BufferedImage). Everything else in java.awt is windowing.
	 */
	private static final List<String> AWT_HEADLESS = List.of("java.awt.Color", "java.awt.Rectangle", "java.awt.Point",
		"java.awt.Dimension", "java.awt.Polygon", "java.awt.Shape", "java.awt.geom", "java.awt.image", "java.awt.Font",
		"java.awt.FontMetrics", "java.awt.Graphics", "java.awt.Graphics2D", "java.awt.RenderingHints",
		"java.awt.BasicStroke");
	/** ij.gui's selections and overlays are image data (a hole is a Roi), not windows. */
	private static final List<String> IJ_GUI_DATA = List.of("ij.gui.Roi", "ij.gui.ImageRoi", "ij.gui.Overlay",
		"ij.gui.PolygonRoi", "ij.gui.ShapeRoi", "ij.gui.OvalRoi", "ij.gui.Line", "ij.gui.PointRoi");

	/**
	 * The one known use of the workbench by the plugin. Demo is the README's {@code exec:java} job and reads the
	 * validation images of ../shared/data with the data readers; it moves with the workbench when that gets its own
	 * artifact (issue 23, item 1). Until then it is the only exception; {@link #theKnownExceptionIsStillNeeded}
	 * says when it can go.
	 */
	private static final String DEMO = "org/semanticinpaint/cli/Demo.java";

	private static final List<SourceFile> SOURCES = SourceTree.main();

	@Test
	void engineAndBundleNeedNoImageJUiOrWorkbench() {
		List<String> banned = concat(IMAGEJ, List.of(IJ, CLI), WORKBENCH);
		assertEquals(List.of(), uses(f -> f.in(ENGINE) || f.in(BUNDLE), r -> withinAny(r, banned)),
			"engine and bundle run headless, without ImageJ, the CLI or the workbench");
	}

	@Test
	void textureSynthesisStandsAlone() {
		assertEquals(List.of(), uses(f -> f.in(TEXTURE), r -> SourceTree.within(r, P) && !SourceTree.within(r, TEXTURE)),
			"engine.texture works on plain arrays and knows nothing else of the project");
	}

	@Test
	void netsNeedNoEngineUiOrTraining() {
		List<String> banned = concat(IMAGEJ, List.of(ENGINE, IJ, TRAIN, EVAL));
		assertEquals(List.of(), uses(f -> f.in(NETS), r -> withinAny(r, banned)),
			"nets builds graphs for training and export; it must not reach up into the engine, UI or trainers");
	}

	@Test
	void windowsOnlyInTheUiPackages() {
		assertEquals(List.of(), uses(f -> UI.stream().noneMatch(f::in), PackageRulesTest::windowing),
			"windows and dialogs belong in " + UI + ", so that the rest runs headless");
	}

	@Test
	void thePluginNeedsNoWorkbench() {
		List<String> found = uses(f -> PLUGIN.stream().anyMatch(f::in) && !f.name().equals(DEMO),
			r -> withinAny(r, WORKBENCH));
		assertEquals(List.of(), found, "the plugin installed in Fiji must not need train, eval or data");
	}

	@Test
	void theKnownExceptionIsStillNeeded() {
		SourceFile demo = SOURCES.stream().filter(f -> f.name().equals(DEMO)).findFirst().orElse(null);
		assertTrue(demo != null && demo.references().stream().anyMatch(r -> withinAny(r, WORKBENCH)),
			"Demo no longer uses the workbench (or moved): remove the DEMO exception from this test");
		assertEquals(List.of(), uses(f -> f == demo, r -> withinAny(r, List.of(TRAIN, EVAL))),
			"the exception covers Demo's use of the data readers only");
	}

	@Test
	void openCvOnlyInTheBaselines() {
		// OpenCV is a provided-scope evaluation dependency: any use elsewhere would break the plugin in Fiji
		assertEquals(List.of(), uses(f -> !f.in(EVAL + ".baselines"), r -> withinAny(r, List.of("org.opencv", "nu.pattern"))));
	}

	@Test
	void theRulesSeeEveryPackageTheyName() {
		// a renamed package would otherwise make its rule pass on no files at all
		for (String p : concat(PLUGIN, WORKBENCH, UI, List.of(TEXTURE, NETS, EVAL + ".baselines")))
			assertTrue(SOURCES.stream().anyMatch(f -> f.in(p)), "no sources in " + p);
		assertFalse(SOURCES.stream().filter(f -> f.in(ENGINE)).allMatch(f -> f.references().isEmpty()),
			"the reader found no names in the engine");
	}

	/** "file -> name" for every name a file in scope uses that the rule forbids, in a stable order. */
	private static List<String> uses(Predicate<SourceFile> scope, Predicate<String> forbidden) {
		List<String> out = new ArrayList<>();
		for (SourceFile f : SOURCES)
			if (scope.test(f)) for (String r : f.references())
				if (forbidden.test(r)) out.add(f.name() + " -> " + r);
		return out;
	}

	/** Windowing: Swing, java.awt but for its headless values, ij.gui but for selections, ImageJ's frames. */
	static boolean windowing(String r) {
		if (withinAny(r, List.of("javax.swing", "ij.plugin.frame", "ij.text"))) return true;
		if (SourceTree.within(r, "java.awt")) return !withinAny(r, AWT_HEADLESS);
		if (SourceTree.within(r, "ij.gui")) return !withinAny(r, IJ_GUI_DATA);
		return false;
	}

	private static boolean withinAny(String r, List<String> packages) {
		return packages.stream().anyMatch(p -> SourceTree.within(r, p));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Stream.of(lists).flatMap(List::stream).toList();
	}
}
