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
        pub(crate) const UI_KEYS: &[&str] = &[$(stringify!($key),)*];

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

/// The texts of the first screen (header, step list, service choice, footer, storage notes):
/// the start index carries only these, the rest comes with the full data, which loads as soon
/// as a service is chosen (a first visit fetches 4.7 KB gzip less). A browser test compares the
/// first screen before and after the full data has loaded.
pub(crate) const START_KEYS: &[&str] = &[
    // header
    "app_name",
    "skip_to_content",
    "language_label",
    "menu",
    "remember",
    "remember_hint",
    "forget",
    "forget_confirm",
    "forget_yes",
    "cancel",
    "forgotten",
    "undo",
    "restored",
    "storage_blocked",
    "storage_corrupt",
    "storage_newer",
    "storage_full",
    "export_unreadable",
    "file_unreadable",
    "privacy_title",
    // step list and buttons
    "step_1",
    "step_2",
    "step_3",
    "step_4",
    "step_of",
    "next",
    "back",
    // the choice of services
    "start_title",
    "start_lead",
    "how_to_check",
    "search_label",
    "search_none",
    "choose_services",
    "choose_services_hint",
    "other_services",
    "no_account_group",
    "next_with",
    "next_with_one",
    "choose_one_first",
    // footer
    "footer_data",
    "footer_licence",
    "changes_page_title",
    "embed_link",
    "embed_file",
];

ui_text! {
    app_name,
    skip_to_content,
    language_label,
    menu,
    remember,
    remember_hint,
    forget,
    forget_confirm,
    forget_yes,
    cancel,
    forgotten,
    undo,
    restored,
    storage_blocked,
    storage_corrupt,
    storage_newer,
    storage_full,
    export_unreadable,
    file_unreadable,
    step_1,
    step_2,
    step_3,
    step_4,
    step_of,
    next,
    back,
    start_title,
    start_lead,
    how_to_check,
    search_label,
    search_none,
    choose_services,
    choose_services_hint,
    other_services,
    no_account_group,
    next_with,
    next_with_one,
    choose_one_first,
    nothing_chosen,
    to_start,
    about_title,
    about_hint,
    about_nothing,
    name,
    name_hint,
    name_needed_for,
    email,
    email_hint,
    email_hint_no_account,
    email_check,
    country,
    country_hint,
    state,
    state_hint,
    choose,
    linked,
    linked_hint,
    and,
    accounts_more,
    accounts_more_hint,
    accounts_nothing,
    account_n,
    username,
    username_hint,
    workspace,
    workspace_hint,
    own_email,
    account_email,
    add_account,
    remove_account,
    reasons_more,
    reasons_why,
    reasons_chosen,
    own_words,
    own_words_hint,
    post_links,
    post_links_hint,
    long_text_note,
    to_plan,
    plan_title,
    plan_hint,
    progress,
    do_now,
    open_form,
    open_setting,
    open_email,
    new_tab,
    fallback_link,
    way_there,
    fill_in,
    then,
    send_letter,
    paste_in_form,
    also_letter,
    send_message,
    field_required,
    field_optional,
    field_choose,
    field_missing,
    quoted,
    field_add,
    field_shortened,
    chars_of,
    copy,
    copied,
    copy_failed,
    done_tick,
    done_form,
    done_sent,
    done_on,
    done_date_label,
    covered_line,
    covered_pending,
    please_check,
    unverified,
    more_help,
    steps_detail,
    device_web,
    device_app,
    device_ios,
    device_android,
    device_email,
    letter_instead,
    letter_hint,
    letter_sent,
    letter_details,
    address,
    address_hint,
    download_txt,
    print_letter,
    no_email_address,
    no_email_use_form,
    too_long_for_email,
    shown_shortened,
    after_title,
    what_if_no_answer,
    what_if_refusal,
    what_if_access,
    what_if_complaint,
    sent_date_question,
    sent_date_hint,
    followup_after_setting,
    followup_after_objection,
    when_refusal,
    when_access,
    complaint_early,
    complaint_form,
    complaint_in_language,
    complaint_copy,
    letter_copy,
    company_english,
    company_english_hint,
    region_languages,
    deadline_running,
    deadline_over,
    complaint_needs_residence,
    slack_owner_title,
    problems_title,
    protect_title,
    limits,
    alternatives_title,
    sources_title,
    data_used_title,
    key_dates_title,
    controller_title,
    lead_authority,
    sources_legend,
    sources_dated,
    sources_dated_all,
    live_checked,
    not_live_checked,
    possibly_outdated,
    report_outdated,
    report_outdated_hint,
    report_outdated_body,
    changes_title,
    changes_page_title,
    changes_page_hint,
    changes_empty,
    controller_for_region,
    representative_title,
    email_copy_to,
    status_training_since,
    status_training_now,
    status_starts,
    status_paused,
    status_not_now,
    status_unknown,
    status_future_only,
    print_plan,
    to_done,
    done_title,
    done_all,
    done_all_one,
    done_some,
    done_list,
    open_list,
    open_item,
    check_again,
    check_now,
    no_check_needed,
    if_no_answer,
    record_hint,
    proof_empty,
    download_proof_txt,
    download_proof_json,
    download_ics,
    back_to_plan,
    file_record,
    file_calendar,
    record_title,
    record_made_on,
    record_empty,
    record_what,
    record_to,
    record_from,
    record_answer,
    record_due,
    record_due_reminder,
    record_covered,
    recipient_service,
    recipient_workspace_owner,
    action_setting,
    action_form,
    action_objection,
    action_workspace_request,
    action_reminder,
    action_refusal_reply,
    action_access,
    action_complaint,
    action_answer,
    ics_answer_description,
    reply_title,
    reply_paste,
    reply_paste_hint,
    reply_pick,
    reply_unknown,
    reply_strong,
    reply_weak,
    reply_date,
    reply_keep,
    reply_recorded,
    reply_remove,
    reply_law,
    reply_next,
    complaint_now,
    action_reply,
    ics_summary,
    ics_description,
    privacy_title,
    privacy_points_1,
    privacy_points_2,
    privacy_points_3,
    privacy_points_4,
    privacy_points_5,
    privacy_check_title,
    privacy_check_1,
    privacy_check_2,
    privacy_check_3,
    footer_data,
    footer_licence,
    embed_file,
    embed_link,
    crash_title,
    crash_text,
    crash_label,
    label_value,
    source_primary,
    source_secondary,
    source_weak,
    source_seed,
    source_live,
}

impl UiText {
    /// The name of journey step `i` (0-based).
    pub fn step(&self, i: usize) -> &'static str {
        [self.step_1, self.step_2, self.step_3, self.step_4]
            .get(i)
            .copied()
            .unwrap_or("")
    }
    pub fn privacy_points(&self) -> [&'static str; 5] {
        [
            self.privacy_points_1,
            self.privacy_points_2,
            self.privacy_points_3,
            self.privacy_points_4,
            self.privacy_points_5,
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

/// Replaces `{0}`, `{1}` … in an interface text.
pub fn fill(s: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        match tail
            .find('}')
            .and_then(|j| Some((j, tail[..j].parse::<usize>().ok()?)))
        {
            Some((j, n)) if n < args.len() => {
                out.push_str(args[n]);
                rest = &tail[j + 1..];
            }
            _ => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_numbered_places_once_and_leaves_the_rest() {
        assert_eq!(fill("{0} von {1}", &["2", "4"]), "2 von 4");
        // A value that itself looks like a place is not filled again.
        assert_eq!(fill("{0}/{1}", &["{1}", "x"]), "{1}/x");
        assert_eq!(fill("{2} {x} {", &["a"]), "{2} {x} {");
    }

    #[test]
    fn the_first_screen_keys_are_interface_keys() {
        for key in super::START_KEYS {
            assert!(super::UI_KEYS.contains(key), "{key} is not in ui_text!");
        }
    }
}
