//! The interface's own words: the fixed list of keys, and a typed struct built from the texts of
//! `data/ui.toml` (one language at a time, as the browser loads them). Keeping them in the data
//! files keeps them out of the wasm and lets editors change them like any other text.

macro_rules! ui_text {
    ($($key:ident,)*) => {
        /// Every text of the interface that does not come from the platform data.
        #[derive(Debug, PartialEq, Eq)]
        pub struct UiText {
            $(pub $key: &'static str,)*
        }

        /// The keys of `data/ui.toml`, in the order the data files store the texts.
        pub const UI_KEYS: &[&str] = &[$(stringify!($key),)*];

        /// Before any data has loaded: every text empty (the loading view has its own words).
        pub const EMPTY: UiText = UiText { $($key: "",)* };

        impl UiText {
            /// Builds the struct from texts in [`UI_KEYS`] order; `None` if some are missing.
            pub fn from_values(values: &[&'static str]) -> Option<UiText> {
                let mut it = values.iter().copied();
                Some(UiText { $($key: it.next()?,)* })
            }
        }
    };
}

ui_text! {
    app_name,
    tagline,
    skip_to_content,
    language_label,
    other_language,
    other_language_name,
    steps_1,
    steps_2,
    steps_3,
    steps_4,
    steps_5,
    step_of,
    intro_1,
    intro_2,
    intro_3,
    promise_title,
    promise,
    how_to_check,
    choose_services,
    choose_services_hint,
    no_account_group,
    sources_dated,
    sources_dated_all,
    live_checked,
    not_live_checked,
    possibly_outdated,
    report_outdated,
    report_outdated_hint,
    changes_title,
    changes_page_title,
    changes_page_hint,
    changes_empty,
    status_training_since,
    status_future_only,
    status_starts,
    status_no_date,
    next,
    back,
    choose_one_first,
    accounts_title,
    accounts_hint,
    account_n,
    username,
    username_hint,
    account_email,
    account_email_hint,
    linked,
    linked_hint,
    business_pages,
    add_account,
    remove_account,
    no_account_note,
    situation_title,
    situation_hint,
    reasons_legend,
    reasons_why,
    own_words,
    own_words_hint,
    about_you,
    name,
    name_hint,
    address,
    address_hint,
    email,
    email_hint,
    country,
    country_hint,
    state,
    state_hint,
    choose,
    long_text_note,
    plan_title,
    plan_hint,
    how_to_get_there,
    device_web,
    device_app,
    device_ios,
    device_android,
    device_email,
    open_form,
    fallback_link,
    new_tab,
    please_check,
    unverified,
    form_fields,
    field_required,
    field_optional,
    field_choose,
    field_missing,
    field_shortened,
    chars_of,
    covered_by,
    copy,
    copied,
    copy_failed,
    done_tick,
    after_title,
    letter_title,
    letter_hint,
    download_txt,
    print_letter,
    open_email,
    no_email_address,
    email_check,
    sources_legend,
    too_long_for_email,
    shown_shortened,
    what_if,
    what_if_no_answer,
    what_if_refusal,
    what_if_access,
    what_if_complaint,
    complaint_needs_residence,
    slack_member_title,
    slack_owner_title,
    problems_title,
    protect_title,
    limits,
    alternatives_title,
    key_dates_title,
    sources_title,
    controller_title,
    controller_for_region,
    representative_title,
    email_copy_to,
    lead_authority,
    proof_title,
    proof_hint,
    proof_empty,
    proof_action_form,
    proof_action_setting,
    download_proof_txt,
    download_proof_json,
    download_ics,
    print_plan,
    remember,
    remember_hint,
    forget,
    forgotten,
    storage_blocked,
    storage_corrupt,
    storage_old,
    storage_full,
    privacy_title,
    privacy_points_1,
    privacy_points_2,
    privacy_points_3,
    privacy_points_4,
    privacy_check_title,
    privacy_check_1,
    privacy_check_2,
    privacy_check_3,
    footer_data,
    footer_licence,
    embed_link,
    data_error,
    loading,
    try_again,
}

impl UiText {
    /// The name of wizard step `i` (0-based).
    pub fn step(&self, i: usize) -> &'static str {
        [
            self.steps_1,
            self.steps_2,
            self.steps_3,
            self.steps_4,
            self.steps_5,
        ]
        .get(i)
        .copied()
        .unwrap_or("")
    }
    pub fn intro(&self) -> [&'static str; 3] {
        [self.intro_1, self.intro_2, self.intro_3]
    }
    pub fn privacy_points(&self) -> [&'static str; 4] {
        [
            self.privacy_points_1,
            self.privacy_points_2,
            self.privacy_points_3,
            self.privacy_points_4,
        ]
    }
    pub fn privacy_check(&self) -> [&'static str; 3] {
        [
            self.privacy_check_1,
            self.privacy_check_2,
            self.privacy_check_3,
        ]
    }
}
