// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.CanvasTokens;
import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.canvas.Minimap;
import dev.baton.app.document.DesignStore;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.document.FilesViewModel;
import dev.baton.app.document.RecentFiles;
import dev.baton.app.document.Recovery;
import dev.baton.app.properties.PropertiesViewModel;
import dev.baton.app.validation.ProblemSource;
import dev.baton.themes.CanvasPalette;
import dev.baton.themes.Theme;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus and toolbar on top, palette and outline on the left, the canvas with its minimap in the
 * middle, problems below it, the property sheet on the right and the status bar at the bottom. It wires views to
 * view models and holds the edit commands; file commands are in {@link FileCommands}.
 */
public final class MainWindow {
    /** What the window needs from outside: where files and settings live. */
    public record Config(DesignStore store, ProblemSource problems, Path settingsFolder, Theme theme) {
    }

    private final Stage stage;
    private final Scene scene;
    private final BorderPane root = new BorderPane();
    private final DocumentViewModel document;
    private final FilesViewModel filesViewModel;
    private final DesignCanvas canvas;
    private final Minimap minimap;
    private final PaletteView palette;
    private final StatusBar status;
    private final FileCommands files;
    private Theme theme;

    public MainWindow(Stage stage, Config config, Function<Stage, Dialogs> dialogs) {
        this.stage = stage;
        this.theme = config.theme();
        this.scene = new Scene(root, 1440, 900);
        theme.apply(scene);
        document = new DocumentViewModel(config.problems());
        filesViewModel = new FilesViewModel(document, config.store(),
                new RecentFiles(config.settingsFolder().resolve("recent-files.txt")),
                new Recovery(config.settingsFolder().resolve("recovery"), config.store()));
        canvas = new DesignCanvas(document, resolvePalette());
        minimap = new Minimap(canvas);
        palette = new PaletteView(canvas);
        status = new StatusBar(document, canvas);
        files = new FileCommands(document, filesViewModel, canvas, dialogs.apply(stage), status);
        PropertiesViewModel properties = new PropertiesViewModel(document);
        properties.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.show(now, true);
            }
        });

        // An empty canvas says how to begin instead of showing nothing.
        Label emptyHint = new Label("Drag a node from the palette to start,\nor choose File \u203a New from Template.");
        emptyHint.setId("emptyHint");
        emptyHint.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 15px; -fx-text-alignment: center;");
        emptyHint.setMouseTransparent(true);
        emptyHint.visibleProperty().bind(Bindings.createBooleanBinding(() -> document.design().nodes().isEmpty(),
                document.designProperty()));
        StackPane canvasArea = new StackPane(canvas, emptyHint, minimap);
        placeMinimap(new ViewSettings(config.settingsFolder().resolve("view.properties")));
        TabPane bottom = new TabPane(new Tab("Problems", new ProblemsView(document, canvas)));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane centre = new SplitPane(canvasArea, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.8);
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        TabPane outline = new TabPane(new Tab("Outline", new OutlineView(document, canvas)));
        outline.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane left = new SplitPane(paletteScroll, outline);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        SplitPane main = new SplitPane(left, centre, new PropertySheetView(properties));
        main.setDividerPositions(0.14, 0.75);
        SplitPane.setResizableWithParent(left, false);
        root.setTop(new VBox(MainMenu.menuBar(this, this::switchTheme), MainMenu.toolBar(this)));
        root.setCenter(main);
        root.setBottom(status);

        stage.setScene(scene);
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /** Puts the minimap in the corner and state the user left it in last time, and remembers their changes. */
    private void placeMinimap(ViewSettings settings) {
        minimap.cornerProperty().set(settings.minimapCorner());
        minimap.collapsedProperty().set(settings.minimapCollapsed());
        StackPane.setAlignment(minimap, minimap.cornerProperty().get().alignment());
        StackPane.setMargin(minimap, new Insets(Minimap.MARGIN));
        minimap.cornerProperty().addListener((obs, old, now) -> {
            StackPane.setAlignment(minimap, now.alignment());
            settings.setMinimapCorner(now);
        });
        minimap.collapsedProperty().addListener((obs, old, now) -> settings.setMinimapCollapsed(now));
    }

    /** Shows the window, offers to restore a crashed session, then opens {@code file} if given. */
    public void show(Path file) {
        stage.show();
        files.offerRestore();
        if (file != null) {
            files.openFile(file);
        }
        canvas.requestFocus();
    }

    public Scene scene() {
        return scene;
    }

    public DocumentViewModel document() {
        return document;
    }

    public FilesViewModel filesViewModel() {
        return filesViewModel;
    }

    FileCommands files() {
        return files;
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    Minimap minimap() {
        return minimap;
    }

    Theme theme() {
        return theme;
    }

    /** Opens a file without asking (the command-line argument, the screenshot mode). */
    public boolean open(Path file) {
        return files.openFile(file);
    }

    /** Closes the window unless the user cancels because of unsaved changes. */
    public void requestClose() {
        if (files.confirmDiscard()) {
            files.closed();
            stage.close();
        }
    }

    public void switchTheme(Theme value) {
        theme = value;
        theme.apply(scene);
        canvas.setPalette(resolvePalette());
    }

    void undo() {
        document.undo();
    }

    void redo() {
        document.redo();
    }

    void cut() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.cut();
        } else {
            document.cut();
        }
    }

    void copy() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.copy();
        } else {
            document.copy();
        }
    }

    void paste() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.paste();
        } else {
            document.paste();
        }
    }

    void delete() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.deleteNextChar();
        } else {
            document.deleteSelection();
        }
    }

    void selectAll() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.selectAll();
        } else {
            document.selectAll();
        }
    }

    /** Lays the whole design out left to right as one undoable step, then fits it into view. */
    public void autoLayout() {
        int placed = document.autoLayout();
        if (placed == 0) {
            return;
        }
        canvas.zoomToFit();
        status.show("Laid out " + placed + " nodes", false);
    }

    private TextInputControl focusedText() {
        return scene.getFocusOwner() instanceof TextInputControl ? (TextInputControl) scene.getFocusOwner() : null;
    }

    private CanvasPalette resolvePalette() {
        root.applyCss();
        return CanvasPalette.resolve(root, CanvasTokens.all());
    }
}
