
# --- codice fiscale ---
err-cf-empty = Enter the codice fiscale.
err-cf-length = A codice fiscale has 16 characters; this one has { $found }.
err-cf-character = Character { $position } ("{ $character }") is not allowed at that position of a codice fiscale.
err-cf-check-letter = The last letter (check character) should be { $expected }, not { $found }: check that the code was copied correctly.
err-cf-month = "{ $found }" is not a valid month letter (A B C D E H L M P R S T).
err-cf-day = Day { $day } does not exist in month { $month } (for women the day is increased by 40).
err-cf-unknown-place = No municipality or foreign country has the code { $code }.
err-cf-place-code-format = "{ $code }" is not a place code (a letter and three digits, e.g. H501 or Z404).
err-cf-surname-missing = The surname is missing (at least one letter is needed).
err-cf-name-missing = The first name is missing (at least one letter is needed).
err-cf-unsupported-character = { $field ->
        [surname] The surname
       *[name] The first name
    } contains "{ $character }", which has no Latin-letter equivalent: write it as in the passport or residence permit.
err-cf-place-missing = The place of birth is missing.
err-cf-town-missing = The municipality of birth is missing.
err-cf-unknown-municipality = No Italian municipality is called "{ $name }".
err-cf-municipality-province = There is no municipality "{ $name }" in the province { $province }.
err-cf-municipality-ambiguous = Several municipalities are called "{ $name }" ({ $provinces }): enter the province.
err-cf-municipality-date = The municipality "{ $name }" did not exist on { $date }: enter the municipality as it was called on the date of birth.
err-cf-unknown-country = Unknown country: "{ $name }".
err-cf-mismatch-surname = The codice fiscale does not match the surname: the surname gives { $expected }, the code has { $found }.
err-cf-mismatch-name = The codice fiscale does not match the first name: the name gives { $expected }, the code has { $found }.
err-cf-mismatch-birth-date = The codice fiscale does not match the date of birth: { $expected } in the data, { $found } in the code.
err-cf-mismatch-sex = The codice fiscale does not match the sex: { $expected } in the data, { $found } in the code.
err-cf-mismatch-place = The codice fiscale does not match the place of birth: { $expected } in the data, { $found } in the code.
# --- end codice fiscale ---
