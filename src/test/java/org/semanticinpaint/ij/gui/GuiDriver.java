package org.semanticinpaint.ij.gui;

import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageCanvas;
import ij.gui.OvalRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.Toolbar;

import org.semanticinpaint.ij.TestImages;

/**
 * The interactive path in a real ImageJ window (run by {@link GuiIT} in its own JVM on an Xvfb display, with the
 * plugin jar in ImageJ's plugins folder): Propose, a class picked in the palette and painted into the hole with
 * the paintbrush by real mouse events, Render; screenshots of each step. Exits 0 when every check passed.
 * Args: screenshot folder, model name.
 */
public final class GuiDriver {

	static Robot robot;
	static Path shots;

	public static void main(String[] args) {
		try {
			run(args);
		}
		catch (Throwable t) {
			t.printStackTrace(System.out);
			fail(t.toString());
		}
	}

	static void run(String[] args) throws Exception {
		Path out = Files.createDirectories(Paths.get(args[0]));
		shots = out;
		String model = args.length > 1 ? args[1] : "em-nanoparticles";
		robot = new Robot();
		robot.setAutoDelay(15);
		ImageJ ij = new ImageJ();
		ij.setLocation(0, 0);
		check(ij.isVisible(), "ImageJ window");
		check(ij.getMenuBar() != null && ij.getMenuBar().getMenuCount() > 0, "ImageJ menus");
		check(hasCommand("Propose...") && hasCommand("Render...") && hasCommand("Inpaint...") && hasCommand("Inpaint Folder..."),
			"the plugin's menu entries from plugins.config");
		ImagePlus imp = TestImages.micrograph8();
		OvalRoi hole = showWithHole(imp);
		int cx = imp.getWidth() / 2, cy = imp.getHeight() / 2;
		byte[] original = ((byte[]) imp.getProcessor().getPixels()).clone();
		settle();
		shot(out.resolve("1-selection.png"));

		IJ.run(imp, "Propose...", "model=" + model + " mask=selection");
		waitFor(() -> frame("Classes: ") != null, "the class palette");
		ImagePlus labels = WindowManager.getImage(imp.getShortTitle() + "-labels");
		check(labels != null && labels.getWindow() != null, "the label window");
		labels.getWindow().setLocation(imp.getWindow().getX() + imp.getWindow().getWidth() + 10, 120);
		Frame palette = frame("Classes: ");
		palette.setLocation(labels.getWindow().getX() + labels.getWindow().getWidth() + 10, 120);
		settle();
		shot(out.resolve("2-proposed.png"));

		// pick the class the proposal put least into the hole (the segmentation of a synthetic image may label the
		// whole hole "particle") with a real click in the palette, then paint it across the hole with the brush
		int paint = count(labels, 1, hole.getBounds()) <= count(labels, 0, hole.getBounds()) ? 1 : 0;
		Button pick = (Button) find(palette, "class-" + paint);
		click(pick);
		settle();
		check(Toolbar.getForegroundColor().equals(pick.getBackground()), "the palette set the colour of class " +
			paint + ": " + Toolbar.getForegroundColor());
		check(IJ.getToolName().toLowerCase().contains("brush"), "the paintbrush is selected: " + IJ.getToolName());
		ImageCanvas canvas = labels.getCanvas();
		int before = count(labels, paint, hole.getBounds());
		drag(canvas, cx - 30, cy - 10, cx + 30, cy + 10);
		drag(canvas, cx - 30, cy + 10, cx + 30, cy - 10);
		settle();
		shot(out.resolve("3-painted.png"));
		int after = count(labels, paint, hole.getBounds());
		// along both strokes' centre lines every pixel must now be that class (however much was there before)
		int onStroke = 0, samples = 0;
		for (int i = 0; i <= 60; i++, samples += 2) {
			if (labels.getProcessor().get(cx - 30 + i, cy - 10 + i / 3) == paint) onStroke++;
			if (labels.getProcessor().get(cx - 30 + i, cy + 10 - i / 3) == paint) onStroke++;
		}
		check(after > before && onStroke >= 0.9 * samples, "painting with the mouse wrote class " + paint +
			" along the strokes (" + onStroke + " of " + samples + " centre-line pixels; " + before + " -> " + after +
			" in the hole's box)");

		// Render with the palette's button: a new image, the original untouched
		click((Button) find(palette, "render-new"));
		waitFor(() -> WindowManager.getImage(imp.getShortTitle() + "-inpainted") != null, "the rendered image");
		ImagePlus result = WindowManager.getImage(imp.getShortTitle() + "-inpainted");
		waitFor(() -> result.getWindow() != null && result.getWindow().isShowing(), "the result window");
		// beside the palette, for the screenshot; ImageJ may still be placing the new window, so until it stays there
		int rx = palette.getX() + palette.getWidth() + 10;
		waitFor(() -> {
			result.getWindow().setLocation(rx, 120);
			settleQuietly();
			return result.getWindow().getX() == rx;
		}, "the result window beside the palette");
		check(java.util.Arrays.equals(original, (byte[]) imp.getProcessor().getPixels()), "the original is untouched");
		byte[] res = (byte[]) result.getProcessor().getPixels();
		int changedInside = 0, changedOutside = 0;
		for (int y = 0; y < imp.getHeight(); y++)
			for (int x = 0; x < imp.getWidth(); x++) {
				int i = y * imp.getWidth() + x;
				if (res[i] != original[i]) {
					if (hole.contains(x, y)) changedInside++;
					else changedOutside++;
				}
			}
		check(changedOutside == 0, "pixels outside the hole are unchanged (" + changedOutside + " changed)");
		check(changedInside > 1000, "the hole was filled (" + changedInside + " pixels)");
		labels.getWindow().toFront();
		palette.toFront();
		settle();
		shot(out.resolve("4-rendered.png"));

		// a scratch traced with a wide segmented line, filled in one go by Inpaint into a new image
		result.close();
		PolygonRoi scratch = new PolygonRoi(new float[] { 5, imp.getWidth() * 0.5f, imp.getWidth() - 5f }, new float[] {
			imp.getHeight() * 0.3f, imp.getHeight() * 0.45f, imp.getHeight() * 0.4f }, Roi.POLYLINE);
		scratch.setStrokeWidth(5);
		imp.setRoi(scratch);
		IJ.run(imp, "Inpaint...", "model=" + model + " mask=selection labels=proposed planes=[current plane] " +
			"output=[new image]");
		waitFor(() -> WindowManager.getImage(imp.getShortTitle() + "-inpainted") != null, "the scratch's result");
		ImagePlus fixed = WindowManager.getImage(imp.getShortTitle() + "-inpainted");
		waitFor(() -> fixed.getWindow() != null && fixed.getWindow().isShowing(), "the scratch's result window");
		fixed.getWindow().setLocation(imp.getWindow().getX() + imp.getWindow().getWidth() + 10, 120);
		fixed.getWindow().toFront();
		Roi area = Roi.convertLineToArea(scratch);
		byte[] px = (byte[]) fixed.getProcessor().getPixels();
		int inside = 0, outside = 0;
		for (int y = 0; y < imp.getHeight(); y++)
			for (int x = 0; x < imp.getWidth(); x++)
				if (px[y * imp.getWidth() + x] != original[y * imp.getWidth() + x]) {
					if (area.contains(x, y)) inside++;
					else outside++;
				}
		check(outside == 0, "pixels off the scratch are unchanged (" + outside + " changed)");
		check(inside > imp.getWidth(), "the scratch was filled (" + inside + " pixels)");
		settle();
		shot(out.resolve("5-scratch.png"));
		System.out.println("GUI OK");
		Runtime.getRuntime().halt(0);
	}

	/** Shows {@code imp} below ImageJ's window and selects the hole the drivers fill: an oval in its middle. */
	static OvalRoi showWithHole(ImagePlus imp) throws Exception {
		imp.show();
		waitFor(() -> imp.getWindow() != null && imp.getWindow().isShowing(), "image window");
		imp.getWindow().setLocation(0, 120);
		int cx = imp.getWidth() / 2, cy = imp.getHeight() / 2;
		OvalRoi hole = new OvalRoi(cx - 40, cy - 35, 80, 70);
		imp.setRoi(hole);
		return hole;
	}

	static boolean hasCommand(String c) {
		return ij.Menus.getCommands().get(c) != null;
	}

	static int count(ImagePlus labels, int value, Rectangle r) {
		int n = 0;
		for (int y = r.y; y < r.y + r.height; y++)
			for (int x = r.x; x < r.x + r.width; x++)
				if (labels.getProcessor().get(x, y) == value) n++;
		return n;
	}

	static void drag(ImageCanvas c, int x0, int y0, int x1, int y1) throws Exception {
		Point o = c.getLocationOnScreen();
		robot.mouseMove(o.x + c.screenX(x0), o.y + c.screenY(y0));
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		for (int i = 1; i <= 20; i++)
			robot.mouseMove(o.x + c.screenX(x0 + (x1 - x0) * i / 20), o.y + c.screenY(y0 + (y1 - y0) * i / 20));
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
	}

	static void click(Component c) {
		Point p = c.getLocationOnScreen();
		robot.mouseMove(p.x + c.getWidth() / 2, p.y + c.getHeight() / 2);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
	}

	static Frame frame(String titlePrefix) {
		for (Frame f : Frame.getFrames())
			if (f.isShowing() && f.getTitle().startsWith(titlePrefix)) return f;
		return null;
	}

	static Component find(Container c, String name) {
		Component f = search(c, name);
		if (f == null) fail("no component named " + name);
		return f;
	}

	static Component search(Container c, String name) {
		for (Component k : c.getComponents()) {
			if (name.equals(k.getName())) return k;
			if (k instanceof Container kc) {
				Component f = search(kc, name);
				if (f != null) return f;
			}
		}
		return null;
	}

	/** The screen area covered by the visible windows. */
	static void shot(Path file) throws Exception {
		Rectangle all = null;
		for (Window w : Window.getWindows())
			if (w.isShowing()) all = all == null ? w.getBounds() : all.union(w.getBounds());
		ImageIO.write(robot.createScreenCapture(all), "png", file.toFile());
	}

	static void settleQuietly() {
		try {
			settle();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static void settle() throws Exception {
		robot.waitForIdle();
		Thread.sleep(400);
	}

	static void waitFor(java.util.function.BooleanSupplier ok, String what) throws Exception {
		long end = System.currentTimeMillis() + 60_000;
		while (!ok.getAsBoolean()) {
			if (System.currentTimeMillis() > end) fail("timed out waiting for " + what);
			Thread.sleep(100);
		}
	}

	static void check(boolean ok, String what) {
		if (!ok) fail(what);
		System.out.println("ok: " + what);
	}

	static void fail(String what) {
		System.out.println("FAILED: " + what);
		try {
			shot(shots.resolve("failure.png"));
		}
		catch (Exception e) {
			System.out.println("no failure screenshot: " + e);
		}
		Runtime.getRuntime().halt(1); // do not wait for windows or native threads
	}

}
