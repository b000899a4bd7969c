package org.semanticinpaint.ij.gui;

import java.awt.BorderLayout;
import java.awt.Button;
import java.awt.Checkbox;
import java.awt.Color;
import java.awt.Frame;
import java.awt.GridLayout;
import java.awt.Label;
import java.awt.Panel;
import java.awt.Scrollbar;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.BiConsumer;

import ij.IJ;
import ij.ImageListener;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Toolbar;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.image.LabelPalette;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.LabelLayer;

/**
 * One button per class (name and colour): it sets the colour, hence the label value, that the Pencil, Paintbrush
 * and Edit>Fill write.
 * Also: show/hide the labels (button or the L key), their opacity, and Render. Closes with its label window.
 */
public final class PaletteWindow extends Frame implements ImageListener {

	/** Shown in ImageJ's status bar with the label window (one line, ~75 characters fit): the darker square. */
	public static final String HINT = "Darker square: what the network sees; labels count only inside it.";

	private final InpaintSession session;
	private final Checkbox show;
	private final ClassColour colour;

	public PaletteWindow(InpaintSession session, BiConsumer<InpaintJob.Output, Texture> render) {
		super("Classes: " + session.card().name);
		this.session = session;
		LabelPalette palette = new LabelPalette(session.card());
		setLayout(new BorderLayout());
		Panel classes = new Panel(new GridLayout(0, 1, 2, 2));
		for (ModelCard.LabelClass c : palette.classes()) {
			Button b = new Button(c.id + "  " + c.name);
			Color col = palette.color(c);
			b.setBackground(col);
			b.setForeground(luminance(col) > 128 ? Color.black : Color.white);
			b.addActionListener(e -> choose(c, col));
			b.setName("class-" + c.id);
			classes.add(b);
		}
		add(classes, BorderLayout.NORTH);
		Panel view = new Panel(new GridLayout(0, 1, 2, 2));
		LabelLayer layer = session.layer();
		show = new Checkbox("Show labels (L)", layer.visible());
		show.addItemListener(e -> layer.setVisible(show.getState()));
		view.add(show);
		view.add(new Label("Label opacity"));
		Scrollbar opacity = new Scrollbar(Scrollbar.HORIZONTAL, (int) Math.round(layer.opacity() * 100), 1, 0, 101);
		opacity.addAdjustmentListener(e -> layer.setOpacity(opacity.getValue() / 100.0));
		view.add(opacity);
		add(view, BorderLayout.CENTER);
		add(actions(render), BorderLayout.SOUTH);
		KeyAdapter keys = new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				if (e.getKeyCode() == KeyEvent.VK_L) toggle();
			}
		};
		addKeyListener(keys);
		for (java.awt.Component c : classes.getComponents()) c.addKeyListener(keys);
		addWindowListener(new WindowAdapter() {
			@Override
			public void windowClosing(WindowEvent e) {
				dispose();
			}
		});
		ImagePlus.addImageListener(this);
		colour = new ClassColour(layer.image().getWindow(), this);
		if (layer.image().getWindow() != null) layer.image().getWindow().addWindowListener(new WindowAdapter() {
			@Override
			public void windowActivated(WindowEvent e) {
				IJ.showStatus(HINT);
			}
		});
		pack();
	}

	/** The two Render buttons; the texts say where the result goes and that Edit>Undo takes it back. */
	private static Panel actions(BiConsumer<InpaintJob.Output, Texture> render) {
		Panel actions = new Panel(new GridLayout(0, 1, 2, 2));
		// on: the fill gets this image's own grain from its known pixels; off: stage 2's smooth fill
		Checkbox texture = new Checkbox("Texture from image", true);
		texture.setName("texture");
		actions.add(texture);
		Button newImage = new Button("Render into a new image");
		newImage.addActionListener(e -> render.accept(InpaintJob.Output.NEW_IMAGE, texture(texture)));
		Button inPlace = new Button("Render into original (Undo restores)");
		inPlace.addActionListener(e -> render.accept(InpaintJob.Output.IN_PLACE, texture(texture)));
		newImage.setName("render-new");
		inPlace.setName("render-in-place");
		actions.add(newImage);
		actions.add(inPlace);
		return actions;
	}

	/** Shows the palette beside the label window, fully on screen, covering neither it nor the original if it can. */
	public void showBeside(ImagePlus labels) {
		if (labels.getWindow() != null) Placement.place(this, labels.getWindow(), session.source().getWindow());
		setVisible(true);
	}

	void toggle() {
		session.layer().toggle();
		show.setState(session.layer().visible());
	}

	private void choose(ModelCard.LabelClass c, Color col) {
		// the colour alone: Pencil, Paintbrush and Edit>Fill then write the LUT index of that colour, the class id.
		// (Toolbar.setForegroundValue would reset the colour to grey level v, and vice versa, in ImageJ 1.54.)
		colour.choose(col);
		// picking a class means "paint this": hand over the paintbrush unless a painting tool is already chosen
		// (the value stays set, so a selection tool + Edit>Fill afterwards writes the same class)
		String name = IJ.getToolName().toLowerCase();
		if (!name.contains("brush") && !name.contains("pencil") && !name.contains("flood"))
			IJ.setTool("Paintbrush Tool");
		ImagePlus labels = session.layer().image();
		if (labels.getWindow() != null) {
			WindowManager.setCurrentWindow(labels.getWindow());
			labels.getWindow().toFront();
		}
		IJ.showStatus("Painting '" + c.name + "' (value " + c.id + ")");
	}

	private static Texture texture(Checkbox box) {
		return box.getState() ? Texture.FROM_IMAGE : Texture.NONE;
	}

	private static double luminance(Color c) {
		return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
	}

	@Override
	public void imageOpened(ImagePlus imp) {}

	@Override
	public void imageClosed(ImagePlus imp) {
		if (imp == session.layer().image()) {
			colour.restore();
			ImagePlus.removeImageListener(this);
			dispose();
		}
	}

	@Override
	public void imageUpdated(ImagePlus imp) {}
}
