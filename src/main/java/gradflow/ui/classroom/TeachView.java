package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.ClassService;
import gradflow.classroom.Classroom;
import gradflow.experiment.Specs;
import gradflow.ui.AppHeader;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.i18n.RefusalText;
import java.util.List;

/**
 * {@code /teach}: the instructor's way in. With class mode off it says how to turn it on; without
 * the instructor token in this browser's session it asks for it (a password field, so that a
 * projector never shows it); then it creates a class at a lesson or a saved experiment and opens
 * the class's dashboard.
 */
@Route("teach")
public class TeachView extends Div
    implements HasDynamicTitle, com.vaadin.flow.i18n.LocaleChangeObserver {
  /** The language the page's words are in; a switch to another rebuilds them. */
  private final java.util.Locale builtIn = gradflow.ui.i18n.I18n.current();

  private final ClassService classes;
  private final List<Preset> lessons;
  private final Main main = new Main();

  TeachView(ClassService classes, Specs specs) {
    this.classes = classes;
    this.lessons = Presets.load(specs);
    addClassName("gf-page");
    main.addClassName("gf-class-page");
    add(new AppHeader(), main);
    build();
  }

  /**
   * Everything here is built from the session and the class, so a reload redraws it in the new
   * language.
   */
  @Override
  public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
    ClassText.reloadInAnotherLanguage(event, builtIn);
  }

  @Override
  public String getPageTitle() {
    return ClassText.t("teach.title");
  }

  private void build() {
    main.removeAll();
    main.add(new H1(ClassText.t("teach.title")));
    if (!classes.enabled()) {
      main.add(
          new ClassNotice(
              "class-off", ClassText.t("teach.off.heading"), ClassText.t("teach.off.text")));
    } else if (ClassSessions.instructorToken().isEmpty()) {
      main.add(signIn());
    } else {
      main.add(createForm());
    }
  }

  private Div signIn() {
    var intro = new Paragraph(ClassText.t("teach.token.intro"));
    var token = new PasswordField(ClassText.t("teach.token.label"));
    token.setId("instructor-token");
    token.setRequired(true);
    var go = new Button(ClassText.t("teach.token.signIn"));
    go.setId("sign-in");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
    go.addClickListener(
        e -> {
          try {
            classes.instructor(token.getValue());
            ClassSessions.keepInstructorToken(token.getValue());
            build();
          } catch (ClassRefusedException refused) {
            token.setErrorMessage(RefusalText.of(refused));
            token.setInvalid(true);
          }
        });
    var form = new Div(intro, token, go);
    form.setId("sign-in-form");
    form.addClassName("gf-class-form");
    return form;
  }

  private Div createForm() {
    var title = new TextField(ClassText.t("teach.create.title"));
    title.setId("class-title");
    title.setMaxLength(80);
    title.setRequired(true);
    var lesson = new Select<Preset>();
    lesson.setId("class-lesson");
    lesson.setLabel(ClassText.t("teach.create.lesson"));
    lesson.setItems(lessons);
    lesson.setItemLabelGenerator(Presets::title);
    if (!lessons.isEmpty()) {
      lesson.setValue(lessons.getFirst());
    }
    var link = new TextField(ClassText.t("teach.create.link"));
    link.setId("class-link");
    link.setHelperText(ClassText.t("teach.create.linkHelp"));
    link.setClearButtonVisible(true);
    var create = new Button(ClassText.t("teach.create.button"));
    create.setId("create-class");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> {
          title.setInvalid(false);
          link.setInvalid(false);
          String start =
              link.getValue().isBlank()
                  ? (lesson.getValue() == null ? "" : lesson.getValue().id())
                  : link.getValue().trim();
          try {
            Classroom c = instructor().create(title.getValue(), start);
            getUI()
                .ifPresent(
                    ui -> ui.navigate(ClassDashboardView.class, ClassDashboardView.at(c.code())));
          } catch (ClassRefusedException refused) {
            var field = "title".equals(refused.field()) ? title : link;
            field.setErrorMessage(RefusalText.of(refused));
            field.setInvalid(true);
          }
        });
    var form =
        new Div(new Paragraph(ClassText.t("teach.create.intro")), title, lesson, link, create);
    form.setId("create-form");
    form.addClassName("gf-class-form");
    return form;
  }

  private gradflow.classroom.Instructor instructor() {
    return classes.instructor(ClassSessions.instructorToken().orElse(null));
  }
}
